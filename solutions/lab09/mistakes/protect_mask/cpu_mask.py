# mistake: builds the mask on the CPU whatever the scores' device
# expect: meta
def protect_mask(scores: torch.Tensor, fraction: float) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.dtype.is_floating_point:
        raise TypeError(f"scores must be a floating tensor, got {scores.dtype}")
    k = round(validate_fraction("fraction", fraction) * scores.numel())
    order = torch.sort(scores.detach().flatten(), descending=True, stable=True).indices
    mask = torch.zeros(scores.numel(), dtype=torch.bool)
    order = order.cpu() if order.device.type != "meta" else torch.zeros(0, dtype=torch.int64)
    mask[order[:k]] = True
    return mask.reshape(scores.shape)
