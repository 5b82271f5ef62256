# mistake: protects every score >= the k-th largest (all ties at the threshold)
# expect: expected
def protect_mask(scores: torch.Tensor, fraction: float) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError(f"scores must be floating point, got {scores.dtype}")
    fraction = validate_fraction("fraction", fraction)
    n = scores.numel()
    k = round(fraction * n)
    flat = scores.detach().reshape(-1)
    if k == 0:
        mask = torch.zeros(n, dtype=torch.bool, device=scores.device)
    else:
        mask = flat >= torch.sort(flat, descending=True).values[k - 1]
    return mask.reshape(scores.shape)
