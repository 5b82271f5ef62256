# mistake: checks shapes before b type (list b gives ValueError/AttributeError)
# expect: a list


def mask_distance(a, b):
    validate_type("a", a, torch.Tensor)
    if a.shape != getattr(b, "shape", None):
        raise ValueError("shapes differ")
    if a.numel() == 0:
        raise ValueError("empty masks")
    differ = int(((a != 0) != (b != 0)).sum())
    return differ / a.numel()
