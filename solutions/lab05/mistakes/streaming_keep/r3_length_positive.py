# mistake: length must be >= 1 (an empty cache raises ValueError)
# expect: streaming_keep
def streaming_keep(length, start, recent):
    validate_int("length", length, 1)
    validate_int("start", start, 0)
    validate_int("recent", recent, 0)
    if length <= start + recent:
        return torch.arange(length)
    return torch.cat([torch.arange(start), torch.arange(length - recent, length)])
