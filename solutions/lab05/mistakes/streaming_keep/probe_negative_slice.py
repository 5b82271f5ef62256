# mistake: takes the window as arange(length)[-recent:] (recent = 0 keeps everything)
# expect: (9, 4, 0)
def streaming_keep(length: int, start: int, recent: int) -> torch.Tensor:
    length = validate_int("length", length, 0)
    start = validate_int("start", start, 0)
    recent = validate_int("recent", recent, 0)
    if length <= start + recent:
        return torch.arange(length)
    return torch.cat([torch.arange(start), torch.arange(length)[-recent:]])
