# mistake: kept means > 0 instead of nonzero (negative entries count as pruned)
# expect: -1


def mask_distance(a, b):
    validate_type("a", a, torch.Tensor)
    validate_type("b", b, torch.Tensor)
    if a.shape != b.shape:
        raise ValueError("shapes differ")
    if a.numel() == 0:
        raise ValueError("empty masks")
    differ = int(((a > 0) != (b > 0)).sum())
    return differ / a.numel()
