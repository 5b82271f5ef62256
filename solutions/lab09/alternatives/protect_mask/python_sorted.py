# alternative: Python's sorted by (-score, index)
def protect_mask(scores: torch.Tensor, fraction: float) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.dtype.is_floating_point:
        raise TypeError(f"scores must be a floating tensor, got {scores.dtype}")
    k = round(validate_fraction("fraction", fraction) * scores.numel())
    if scores.device.type == "meta":
        return torch.zeros(scores.shape, dtype=torch.bool, device=scores.device)
    flat = scores.detach().flatten().double().cpu().tolist()
    order = torch.tensor(sorted(range(len(flat)), key=lambda i: (-flat[i], i)), dtype=torch.int64, device=scores.device)
    mask = torch.zeros(scores.numel(), dtype=torch.bool, device=scores.device)
    mask[order[:k]] = True
    return mask.reshape(scores.shape)
