# alternative: Python list of positions, torch.tensor(..., dtype=torch.long)
def streaming_keep(length, start, recent):
    length = validate_int("length", length, 0)
    start = validate_int("start", start, 0)
    recent = validate_int("recent", recent, 0)
    if length <= start + recent:
        kept = list(range(length))
    else:
        kept = [i for i in range(length) if i < start or i >= length - recent]
    return torch.tensor(kept, dtype=torch.long)
