# mistake: slices the masks out of one mask built like the concatenation (torch.ones_like(scores)), so with mixed dtypes every mask gets the promoted dtype
# wrong on: global_magnitude_masks({"a": torch.randn(3), "b": torch.randn(3, dtype=torch.float64)}, 0.5): masks["a"] is float64 instead of float32
# expect: its own tensor's dtype
def global_magnitude_masks(weights: dict[str, torch.Tensor], sparsity: float) -> dict[str, torch.Tensor]:
    if not weights:
        raise ValueError("weights must not be empty")
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    scores = torch.cat([w.detach().abs().flatten() for w in weights.values()])
    k = round(sparsity * scores.numel())
    order = torch.argsort(scores, stable=True)
    flat_mask = torch.ones_like(scores)
    flat_mask[order[:k]] = 0
    masks, start = {}, 0
    for name, w in weights.items():
        masks[name] = flat_mask[start : start + w.numel()].reshape(w.shape)
        start += w.numel()
    return masks
