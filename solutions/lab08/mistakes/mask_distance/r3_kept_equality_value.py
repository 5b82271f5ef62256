# mistake: treats only 1 (not any nonzero) as kept: (a == 1) != (b == 1)
# expect: mask_distance
def mask_distance(a, b):
    validate_type("a", a, torch.Tensor)
    validate_type("b", b, torch.Tensor)
    if a.shape != b.shape:
        raise ValueError(f"shapes differ: {tuple(a.shape)} and {tuple(b.shape)}")
    if a.numel() == 0:
        raise ValueError("masks have no entry")
    differ = int(((a == 1) != (b == 1)).sum())
    return differ / a.numel()
