# mistake: returns int32
# expect: dtypes
def streaming_keep(length: int, start: int, recent: int) -> torch.Tensor:
    length = validate_int("length", length, minimum=0)
    start = validate_int("start", start, minimum=0)
    recent = validate_int("recent", recent, minimum=0)
    if length <= start + recent:
        return torch.arange(length)
    return torch.cat([torch.arange(start), torch.arange(length - recent, length)]).int()
