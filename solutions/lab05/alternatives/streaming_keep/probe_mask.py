# alternative: boolean mask over arange(length), nonzero
def streaming_keep(length, start, recent):
    length = check_int("length", length, 0)
    start = check_int("start", start, 0)
    recent = check_int("recent", recent, 0)
    positions = torch.arange(length, dtype=torch.int64)
    if length <= start + recent:
        return positions
    return positions[(positions < start) | (positions >= length - recent)]
