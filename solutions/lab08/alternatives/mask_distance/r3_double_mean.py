# alternative: float64 mean of the xor (exact: integer count / n correctly rounded)
def mask_distance(a, b):
    validate_type("a", a, torch.Tensor)
    validate_type("b", b, torch.Tensor)
    if a.shape != b.shape or a.numel() == 0:
        raise ValueError("masks must have the same, non-empty shape")
    return torch.logical_xor(a.bool(), b.bool()).to(torch.float64).mean().item()
