# mistake: sorts the scores without detach, returning a mask built from a grad-tracking tensor (float mask > 0)
# expect: bool
def protect_mask(scores: torch.Tensor, fraction: float) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError(f"scores must be floating point, got {scores.dtype}")
    fraction = validate_fraction("fraction", fraction)
    n = scores.numel()
    k = round(fraction * n)
    flat = scores.detach().reshape(-1)
    order = torch.sort(flat, descending=True, stable=True).indices
    mask = torch.zeros(n, dtype=scores.dtype, device=scores.device)
    mask[order[:k]] = 1
    return mask.reshape(scores.shape) + 0 * scores
