# mistake: computes count / numel as torch float32 division, then float()
# expect: mask_distance
def mask_distance(a, b):
    validate_type("a", a, torch.Tensor)
    validate_type("b", b, torch.Tensor)
    if a.shape != b.shape:
        raise ValueError(f"shapes differ: {tuple(a.shape)} and {tuple(b.shape)}")
    if a.numel() == 0:
        raise ValueError("masks have no entry")
    differ = int(((a != 0) != (b != 0)).sum())
    return float(torch.tensor(differ, dtype=torch.float32) / a.numel())
