# alternative: arange(min(start, length)) joined to arange(max(start, length - recent), length), no branch
def streaming_keep(length, start, recent):
    n = validate_int("length", length, 0)
    s = validate_int("start", start, 0)
    r = validate_int("recent", recent, 0)
    sinks = torch.arange(min(s, n))
    window = torch.arange(max(min(s, n), n - r), n)
    return torch.cat([sinks, window])
