# mistake: accepts bools
# expect: TypeError
def streaming_keep(length: int, start: int, recent: int) -> torch.Tensor:
    length = validate_int("length", length, 0)
    if not isinstance(start, int):
        raise TypeError("start must be an int")
    if start < 0:
        raise ValueError("start must be >= 0")
    recent = validate_int("recent", recent, 0)
    if length <= start + recent:
        return torch.arange(length)
    return torch.cat([torch.arange(start), torch.arange(length - recent, length)])
