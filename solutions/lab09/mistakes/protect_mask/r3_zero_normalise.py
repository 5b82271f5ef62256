# mistake: writes +0.0 over -0.0 in the caller's scores before sorting
# expect: unchanged
def protect_mask(scores: torch.Tensor, fraction: float) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError(f"scores must be floating point, got {scores.dtype}")
    fraction = validate_fraction("fraction", fraction)
    n = scores.numel()
    k = round(fraction * n)
    flat = scores.detach().reshape(-1)
    flat[flat == 0] = 0.0
    order = torch.sort(flat, descending=True, stable=True).indices
    mask = torch.zeros(n, dtype=torch.bool, device=scores.device)
    mask[order[:k]] = True
    return mask.reshape(scores.shape)
