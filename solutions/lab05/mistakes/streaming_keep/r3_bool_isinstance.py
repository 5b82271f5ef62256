# mistake: isinstance(..., int) lets True through
# expect: Error
def streaming_keep(length, start, recent):
    validate_int("length", length, 0)
    if not isinstance(start, int) or start < 0:
        raise ValueError("start must be an int >= 0")
    validate_int("recent", recent, 0)
    if length <= start + recent:
        return torch.arange(length)
    return torch.cat([torch.arange(start), torch.arange(length - recent, length)])
