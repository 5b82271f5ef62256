# mistake: k = int(fraction * n)
# expect: int(fraction * n)
def protect_mask(scores: torch.Tensor, fraction: float) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.dtype.is_floating_point:
        raise TypeError(f"scores must be a floating tensor, got {scores.dtype}")
    k = int(validate_fraction("fraction", fraction) * scores.numel())
    order = torch.sort(scores.detach().flatten(), descending=True, stable=True).indices
    mask = torch.zeros(scores.numel(), dtype=torch.bool, device=scores.device)
    mask[order[:k]] = True
    return mask.reshape(scores.shape)
