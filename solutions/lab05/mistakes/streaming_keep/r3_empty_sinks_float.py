# mistake: torch.tensor(list(range(start))) for the sinks: with start = 0 it is float32 and the concatenation becomes float
# expect: dtype
def streaming_keep(length, start, recent):
    validate_int("length", length, 0)
    validate_int("start", start, 0)
    validate_int("recent", recent, 0)
    if length <= start + recent:
        return torch.arange(length)
    return torch.cat([torch.tensor(list(range(start))), torch.arange(length - recent, length)])
