# mistake: casts to float32
# expect: float64 dtype
def token_scores(attention: torch.Tensor) -> torch.Tensor:
    validate_type("attention", attention, torch.Tensor)
    if not attention.is_floating_point():
        raise TypeError(f"attention must be a floating-point tensor, got {attention.dtype}")
    if attention.dim() != 4 or attention.shape[-1] != attention.shape[-2] or attention.shape[1] == 0:
        raise ValueError(f"attention must have shape (B, H, L, L) with H >= 1, got {tuple(attention.shape)}")
    return attention.mean(dim=(1, 2)).float()
