# mistake: converts every mask with .float(), so float64 weights get float32 masks
# wrong on: global_magnitude_masks({"x": torch.randn(3, 3, dtype=torch.float64)}, 0.5): masks["x"] is float32 instead of float64
# expect: its own tensor's dtype
def global_magnitude_masks(weights: dict[str, torch.Tensor], sparsity: float) -> dict[str, torch.Tensor]:
    if not weights:
        raise ValueError("weights must not be empty")
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    scores = torch.cat([w.detach().abs().flatten() for w in weights.values()])
    k = round(sparsity * scores.numel())
    order = torch.argsort(scores, stable=True)
    keep = torch.ones_like(scores, dtype=torch.bool)
    keep[order[:k]] = False
    masks, start = {}, 0
    for name, w in weights.items():
        masks[name] = keep[start : start + w.numel()].reshape(w.shape).float()
        start += w.numel()
    return masks
