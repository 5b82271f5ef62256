# mistake: rejects numpy ints
# expect: numpy
def streaming_keep(length: int, start: int, recent: int) -> torch.Tensor:
    if type(length) is not int:
        raise TypeError("length must be an int")
    length = validate_int("length", length, 0)
    start = validate_int("start", start, 0)
    recent = validate_int("recent", recent, 0)
    if length <= start + recent:
        return torch.arange(length)
    return torch.cat([torch.arange(start), torch.arange(length - recent, length)])
