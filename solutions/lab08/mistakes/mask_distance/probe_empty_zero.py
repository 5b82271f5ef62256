# mistake: returns 0.0 for empty masks
# expect: empty


def mask_distance(a, b):
    validate_type("a", a, torch.Tensor)
    validate_type("b", b, torch.Tensor)
    if a.shape != b.shape:
        raise ValueError("shapes differ")
    if a.numel() == 0:
        return 0.0
    differ = int(((a != 0) != (b != 0)).sum())
    return differ / a.numel()
