# alternative: boolean mask over arange(length): position < start or >= length - recent
def streaming_keep(length, start, recent):
    import numbers

    for name, value in (("length", length), ("start", start), ("recent", recent)):
        if isinstance(value, bool) or not isinstance(value, numbers.Integral):
            raise TypeError(f"{name} must be an int")
        if value < 0:
            raise ValueError(f"{name} must be >= 0")
    positions = torch.arange(int(length), dtype=torch.int64)
    if length <= start + recent:
        return positions
    return positions[(positions < start) | (positions >= length - recent)]
