# alternative: Python loop over flattened entries


def mask_distance(a, b):
    validate_type("a", a, torch.Tensor)
    validate_type("b", b, torch.Tensor)
    if a.shape != b.shape:
        raise ValueError("shapes differ")
    if a.numel() == 0:
        raise ValueError("empty masks")
    differ = sum(1 for x, y in zip(a.flatten().tolist(), b.flatten().tolist()) if (x != 0) != (y != 0))
    return differ / a.numel()
