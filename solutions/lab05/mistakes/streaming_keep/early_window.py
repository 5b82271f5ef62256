# mistake: takes the window one position too early
# expect: one position too early
def streaming_keep(length: int, start: int, recent: int) -> torch.Tensor:
    length = check_int("length", length, minimum=0)
    start = check_int("start", start, minimum=0)
    recent = check_int("recent", recent, minimum=0)
    if length <= start + recent:
        return torch.arange(length)
    return torch.cat([torch.arange(start), torch.arange(length - recent - 1, length - 1)])
