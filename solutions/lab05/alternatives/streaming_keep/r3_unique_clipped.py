# alternative: torch.unique of the clipped sink and window ranges (sorted, deduplicated)
def streaming_keep(length, start, recent):
    length = validate_int("length", length, 0)
    start = validate_int("start", start, 0)
    recent = validate_int("recent", recent, 0)
    sinks = torch.arange(min(start, length))
    window = torch.arange(max(length - recent, 0), length)
    return torch.unique(torch.cat([sinks, window]), sorted=True)
