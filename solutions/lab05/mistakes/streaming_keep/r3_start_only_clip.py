# mistake: keeps positions 0 .. start (start + 1 sinks)
# expect: streaming_keep
def streaming_keep(length, start, recent):
    validate_int("length", length, 0)
    validate_int("start", start, 0)
    validate_int("recent", recent, 0)
    if length <= start + recent:
        return torch.arange(length)
    return torch.cat([torch.arange(start + 1 if start else 0), torch.arange(length - recent, length)])
