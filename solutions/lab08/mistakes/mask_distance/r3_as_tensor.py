# mistake: accepts lists, converting them with torch.as_tensor
# expect: TypeError
def mask_distance(a, b):
    a, b = torch.as_tensor(a), torch.as_tensor(b)
    if a.shape != b.shape:
        raise ValueError(f"shapes differ: {tuple(a.shape)} and {tuple(b.shape)}")
    if a.numel() == 0:
        raise ValueError("masks have no entry")
    differ = int(((a != 0) != (b != 0)).sum())
    return differ / a.numel()
