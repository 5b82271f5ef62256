# alternative: builds a Python list
def streaming_keep(length: int, start: int, recent: int) -> torch.Tensor:
    length = validate_int("length", length, minimum=0)
    start = validate_int("start", start, minimum=0)
    recent = validate_int("recent", recent, minimum=0)
    kept = (
        list(range(length)) if length <= start + recent else list(range(start)) + list(range(length - recent, length))
    )
    return torch.tensor(kept, dtype=torch.long)
