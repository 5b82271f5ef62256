# mistake: checks the number of entries instead of the shape: (2, 3) and (3, 2) are compared
# expect: ValueError
def mask_distance(a, b):
    validate_type("a", a, torch.Tensor)
    validate_type("b", b, torch.Tensor)
    if a.numel() != b.numel():
        raise ValueError(f"shapes differ: {tuple(a.shape)} and {tuple(b.shape)}")
    if a.numel() == 0:
        raise ValueError("masks have no entry")
    differ = int(((a.flatten() != 0) != (b.flatten() != 0)).sum())
    return differ / a.numel()
