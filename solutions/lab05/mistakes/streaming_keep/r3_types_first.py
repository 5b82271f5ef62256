# mistake: checks all three types before any range (streaming_keep(-1, 2.0, 0) raises TypeError)
# expect: Error
def streaming_keep(length, start, recent):
    for name, value in (("length", length), ("start", start), ("recent", recent)):
        validate_int(name, value)
    validate_int("length", length, 0)
    validate_int("start", start, 0)
    validate_int("recent", recent, 0)
    if length <= start + recent:
        return torch.arange(length)
    return torch.cat([torch.arange(start), torch.arange(length - recent, length)])
