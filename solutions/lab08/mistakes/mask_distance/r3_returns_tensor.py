# mistake: returns a 0-d tensor (count / numel without int())
# expect: float
def mask_distance(a, b):
    validate_type("a", a, torch.Tensor)
    validate_type("b", b, torch.Tensor)
    if a.shape != b.shape:
        raise ValueError(f"shapes differ: {tuple(a.shape)} and {tuple(b.shape)}")
    if a.numel() == 0:
        raise ValueError("masks have no entry")
    differ = ((a != 0) != (b != 0)).sum()
    return differ / a.numel()
