# mistake: no shape check: broadcastable masks of different shapes are compared
# expect: ValueError
def mask_distance(a, b):
    validate_type("a", a, torch.Tensor)
    validate_type("b", b, torch.Tensor)
    if a.numel() == 0:
        raise ValueError("masks have no entry")
    differ = int(((a != 0) != (b != 0)).sum())
    return differ / a.numel()
