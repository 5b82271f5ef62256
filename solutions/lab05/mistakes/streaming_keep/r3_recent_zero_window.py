# mistake: when recent = 0 keeps the sinks plus the last position (max(recent, 1) newest)
# expect: streaming_keep
def streaming_keep(length, start, recent):
    validate_int("length", length, 0)
    validate_int("start", start, 0)
    validate_int("recent", recent, 0)
    if length <= start + recent:
        return torch.arange(length)
    return torch.cat([torch.arange(start), torch.arange(length - max(recent, 1), length)])
