# mistake: clamps fraction into [0, 1] instead of raising
# expect: ValueError
def protect_mask(scores: torch.Tensor, fraction: float) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError(f"scores must be floating point, got {scores.dtype}")
    if isinstance(fraction, bool) or not isinstance(fraction, (int, float, np.number)):
        raise TypeError("fraction must be a real number")
    fraction = min(max(float(fraction), 0.0), 1.0)
    n = scores.numel()
    k = round(fraction * n)
    flat = scores.detach().reshape(-1)
    order = torch.sort(flat, descending=True, stable=True).indices
    mask = torch.zeros(n, dtype=torch.bool, device=scores.device)
    mask[order[:k]] = True
    return mask.reshape(scores.shape)
