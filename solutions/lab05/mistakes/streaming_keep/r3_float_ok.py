# mistake: int()s float arguments
# expect: Error
def streaming_keep(length, start, recent):
    length, start, recent = int(length), int(start), int(recent)
    validate_int("length", length, 0)
    validate_int("start", start, 0)
    validate_int("recent", recent, 0)
    if length <= start + recent:
        return torch.arange(length)
    return torch.cat([torch.arange(start), torch.arange(length - recent, length)])
