# mistake: no check for empty masks: returns nan (0 / 0 in torch)
# expect: ValueError
def mask_distance(a, b):
    validate_type("a", a, torch.Tensor)
    validate_type("b", b, torch.Tensor)
    if a.shape != b.shape:
        raise ValueError(f"shapes differ: {tuple(a.shape)} and {tuple(b.shape)}")
    return float(((a != 0) != (b != 0)).double().mean())
