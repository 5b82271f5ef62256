# mistake: type(x) is int: numpy ints rejected
# expect: streaming_keep
def streaming_keep(length, start, recent):
    for value in (length, start, recent):
        if type(value) is not int:
            raise TypeError("arguments must be ints")
    validate_int("length", length, 0)
    validate_int("start", start, 0)
    validate_int("recent", recent, 0)
    if length <= start + recent:
        return torch.arange(length)
    return torch.cat([torch.arange(start), torch.arange(length - recent, length)])
