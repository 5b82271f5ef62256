# mistake: integer scores accepted (converted to float)
# expect: TypeError
def protect_mask(scores: torch.Tensor, fraction: float) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if scores.dtype == torch.bool:
        raise TypeError("scores must be floating point")
    scores = scores.double() if not scores.is_floating_point() else scores
    fraction = validate_fraction("fraction", fraction)
    n = scores.numel()
    k = round(fraction * n)
    flat = scores.detach().reshape(-1)
    order = torch.sort(flat, descending=True, stable=True).indices
    mask = torch.zeros(n, dtype=torch.bool, device=scores.device)
    mask[order[:k]] = True
    return mask.reshape(scores.shape)
