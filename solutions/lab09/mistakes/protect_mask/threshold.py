# mistake: keeps every score >= the k-th largest (all ties)
# expect: LOWER indices
def protect_mask(scores: torch.Tensor, fraction: float) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.dtype.is_floating_point:
        raise TypeError(f"scores must be a floating tensor, got {scores.dtype}")
    k = round(validate_fraction("fraction", fraction) * scores.numel())
    order = torch.sort(scores.detach().flatten(), descending=True, stable=True).indices
    flat = scores.detach().flatten()
    mask = flat >= flat[order[k - 1]] if k else torch.zeros(scores.numel(), dtype=torch.bool, device=scores.device)
    return mask.reshape(scores.shape)
