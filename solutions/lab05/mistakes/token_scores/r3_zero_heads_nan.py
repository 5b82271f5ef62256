# mistake: does not reject H = 0 (returns NaN scores)
# expect: Error
def token_scores(attention):
    validate_type("attention", attention, torch.Tensor)
    if not attention.is_floating_point():
        raise TypeError("attention must be floating-point")
    if attention.dim() != 4 or attention.shape[-1] != attention.shape[-2]:
        raise ValueError("attention must be (B, H, L, L) with H >= 1")
    return attention.mean(dim=(1, 2))
