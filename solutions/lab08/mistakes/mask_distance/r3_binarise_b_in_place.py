# mistake: binarises a float b in place (b.copy_(b != 0)) before comparing
# expect: modified
def mask_distance(a, b):
    validate_type("a", a, torch.Tensor)
    validate_type("b", b, torch.Tensor)
    if a.shape != b.shape:
        raise ValueError(f"shapes differ: {tuple(a.shape)} and {tuple(b.shape)}")
    if a.numel() == 0:
        raise ValueError("masks have no entry")
    if b.is_floating_point():
        b.copy_(b != 0)
    differ = int(((a != 0) != (b != 0)).sum())
    return differ / a.numel()
