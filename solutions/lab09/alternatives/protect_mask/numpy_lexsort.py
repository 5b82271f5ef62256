# alternative: NumPy lexsort on (index, -score), then scatter into a bool mask
def protect_mask(scores: torch.Tensor, fraction: float) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.dtype.is_floating_point:
        raise TypeError(f"scores must be a floating tensor, got {scores.dtype}")
    k = round(validate_fraction("fraction", fraction) * scores.numel())
    if scores.device.type == "meta":
        return torch.zeros(scores.shape, dtype=torch.bool, device=scores.device)
    flat = scores.detach().flatten().double().cpu().numpy()
    order = np.lexsort((np.arange(flat.size), -flat))[:k]
    chosen = np.zeros(flat.size, dtype=bool)
    chosen[order] = True
    return torch.from_numpy(chosen).reshape(scores.shape).to(scores.device)
