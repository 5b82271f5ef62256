# mistake: checks all types before any range (wrong precedence)
# expect: ValueError
def streaming_keep(length: int, start: int, recent: int) -> torch.Tensor:
    length, start, recent = validate_int("length", length), validate_int("start", start), validate_int("recent", recent)
    for name, v in (("length", length), ("start", start), ("recent", recent)):
        if v < 0:
            raise ValueError(f"{name} must be >= 0")
    if length <= start + recent:
        return torch.arange(length)
    return torch.cat([torch.arange(start), torch.arange(length - recent, length)])
