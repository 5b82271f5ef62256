# alternative: a boolean mask over positions
def streaming_keep(length: int, start: int, recent: int) -> torch.Tensor:
    length = validate_int("length", length, minimum=0)
    start = validate_int("start", start, minimum=0)
    recent = validate_int("recent", recent, minimum=0)
    positions = torch.arange(length)
    mask = (positions < start) | (positions >= length - recent) | (length <= start + recent)
    return positions[mask]
