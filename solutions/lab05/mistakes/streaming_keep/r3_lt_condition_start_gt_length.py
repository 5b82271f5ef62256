# mistake: nothing-evicted test is start >= length only (start + recent ignored): cat repeats positions
# expect: streaming_keep
def streaming_keep(length, start, recent):
    validate_int("length", length, 0)
    validate_int("start", start, 0)
    validate_int("recent", recent, 0)
    if length <= start or length <= recent:
        return torch.arange(length)
    return torch.cat([torch.arange(start), torch.arange(length - recent, length)])
