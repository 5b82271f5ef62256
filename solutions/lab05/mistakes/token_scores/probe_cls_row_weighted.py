# mistake: weights head 0 twice (averages heads after averaging head 0 with the rest)
# expect: is wrong
def token_scores(attention: torch.Tensor) -> torch.Tensor:
    validate_type("attention", attention, torch.Tensor)
    if not attention.is_floating_point():
        raise TypeError(f"attention must be floating-point, got {attention.dtype}.")
    if attention.dim() != 4 or attention.shape[-1] != attention.shape[-2] or attention.shape[1] == 0:
        raise ValueError(f"attention must be (B, H, L, L) with H >= 1, got {tuple(attention.shape)}.")
    per_head = attention.mean(dim=2)
    return (per_head[:, :1] + per_head).mean(dim=1) / 2 if per_head.shape[1] > 1 else per_head[:, 0]
