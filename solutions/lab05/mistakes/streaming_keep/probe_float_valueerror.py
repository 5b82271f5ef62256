# mistake: raises ValueError for a float
# expect: TypeError
def streaming_keep(length: int, start: int, recent: int) -> torch.Tensor:
    length = validate_int("length", length, 0)
    start = validate_int("start", start, 0)
    if isinstance(recent, bool) or not isinstance(recent, (int, np.integer)) or recent < 0:
        raise ValueError("recent must be an int >= 0")
    recent = int(recent)
    if length <= start + recent:
        return torch.arange(length)
    return torch.cat([torch.arange(start), torch.arange(length - recent, length)])
