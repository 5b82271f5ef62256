# mistake: accepts same numel different shape (compares flattened)
# expect: (2, 3)


def mask_distance(a, b):
    validate_type("a", a, torch.Tensor)
    validate_type("b", b, torch.Tensor)
    if a.numel() != b.numel():
        raise ValueError("shapes differ")
    if a.numel() == 0:
        raise ValueError("empty masks")
    differ = int(((a.flatten() != 0) != (b.flatten() != 0)).sum())
    return differ / a.numel()
