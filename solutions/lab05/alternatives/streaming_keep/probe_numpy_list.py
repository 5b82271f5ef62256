# alternative: Python list then torch.tensor with dtype int64
def streaming_keep(length, start, recent):
    values = []
    for name, v in (("length", length), ("start", start), ("recent", recent)):
        values.append(validate_int(name, v, 0))
    length, start, recent = values
    if length <= start + recent:
        kept = list(range(length))
    else:
        kept = list(range(start)) + list(range(length - recent, length))
    return torch.tensor(np.array(kept, dtype=np.int64), dtype=torch.int64)
