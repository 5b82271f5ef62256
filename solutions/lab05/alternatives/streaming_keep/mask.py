# alternative: a boolean mask over positions
def streaming_keep(length: int, start: int, recent: int) -> torch.Tensor:
    length = check_int("length", length, minimum=0)
    start = check_int("start", start, minimum=0)
    recent = check_int("recent", recent, minimum=0)
    positions = torch.arange(length)
    mask = (positions < start) | (positions >= length - recent) | (length <= start + recent)
    return positions[mask]
