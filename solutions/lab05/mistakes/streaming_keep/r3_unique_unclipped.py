# mistake: torch.unique of arange(start) and arange(length - recent, length) without clipping to 0 .. length-1
# expect: streaming_keep
def streaming_keep(length, start, recent):
    validate_int("length", length, 0)
    validate_int("start", start, 0)
    validate_int("recent", recent, 0)
    return torch.unique(torch.cat([torch.arange(start), torch.arange(length - recent, length)]))
