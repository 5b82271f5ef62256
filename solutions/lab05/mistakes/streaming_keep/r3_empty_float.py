# mistake: builds a Python list and torch.tensor()s it: an empty result is float32
# expect: dtype
def streaming_keep(length, start, recent):
    validate_int("length", length, 0)
    validate_int("start", start, 0)
    validate_int("recent", recent, 0)
    if length <= start + recent:
        return torch.tensor(list(range(length)))
    return torch.tensor(list(range(start)) + list(range(length - recent, length)))
