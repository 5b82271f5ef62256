# alternative: boolean mask over arange(length), nonzero
def streaming_keep(length, start, recent):
    length = validate_int("length", length, 0)
    start = validate_int("start", start, 0)
    recent = validate_int("recent", recent, 0)
    positions = torch.arange(length, dtype=torch.int64)
    if length <= start + recent:
        return positions
    return positions[(positions < start) | (positions >= length - recent)]
