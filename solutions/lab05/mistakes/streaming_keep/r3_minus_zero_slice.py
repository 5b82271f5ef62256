# mistake: positions[-recent:] for the window: recent = 0 keeps every position
# expect: streaming_keep
def streaming_keep(length, start, recent):
    validate_int("length", length, 0)
    validate_int("start", start, 0)
    validate_int("recent", recent, 0)
    positions = torch.arange(length)
    if length <= start + recent:
        return positions
    return torch.cat([positions[:start], positions[-recent:]])
