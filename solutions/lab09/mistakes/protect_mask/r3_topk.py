# mistake: torch.topk (not stable: ties not to the lower index)
# expect: tie
def protect_mask(scores: torch.Tensor, fraction: float) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError(f"scores must be floating point, got {scores.dtype}")
    fraction = validate_fraction("fraction", fraction)
    n = scores.numel()
    k = round(fraction * n)
    flat = scores.detach().reshape(-1)
    mask = torch.zeros(n, dtype=torch.bool, device=scores.device)
    mask[torch.topk(flat, k).indices] = True
    return mask.reshape(scores.shape)
