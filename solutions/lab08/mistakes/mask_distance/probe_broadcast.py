# mistake: does not check shapes (broadcasting)
# expect: shapes


def mask_distance(a, b):
    validate_type("a", a, torch.Tensor)
    validate_type("b", b, torch.Tensor)
    if a.numel() == 0:
        raise ValueError("empty masks")
    differ = (
        int(((a != 0) != (b != 0)).sum())
        if a.shape == b.shape
        else int(((a != 0) != (b != 0)).float().mean() * a.numel())
    )
    return differ / a.numel()
