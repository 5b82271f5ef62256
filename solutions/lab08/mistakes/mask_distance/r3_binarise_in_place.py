# mistake: binarises a float mask in place (a.ne_(0)-style copy_) before comparing
# expect: modified
def mask_distance(a, b):
    validate_type("a", a, torch.Tensor)
    validate_type("b", b, torch.Tensor)
    if a.shape != b.shape:
        raise ValueError(f"shapes differ: {tuple(a.shape)} and {tuple(b.shape)}")
    if a.numel() == 0:
        raise ValueError("masks have no entry")
    if a.is_floating_point():
        a.copy_(a != 0)
    differ = int(((a != 0) != (b != 0)).sum())
    return differ / a.numel()
