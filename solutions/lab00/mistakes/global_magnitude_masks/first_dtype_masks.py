# mistake: builds all masks from one concatenated tensor and splits it, so every mask gets the dtype torch.cat promoted to, not its own tensor's dtype
# wrong on: global_magnitude_masks({"a": torch.tensor([1., 2.]), "b": torch.tensor([3., 4.], dtype=torch.float64)}, 0.5): mask "a" has dtype float64, the docstring demands float32 for "a"
# expect: global_magnitude_masks
def global_magnitude_masks(weights: dict[str, torch.Tensor], sparsity: float) -> dict[str, torch.Tensor]:
    if not weights:
        raise ValueError("weights must not be empty")
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    flat = torch.cat([w.detach().abs().flatten() for w in weights.values()])
    k = round(sparsity * flat.numel())
    order = torch.argsort(flat, stable=True)
    mask = torch.ones_like(flat)
    mask[order[:k]] = 0.0
    sizes = [w.numel() for w in weights.values()]
    return {
        name: piece.reshape(w.shape) for (name, w), piece in zip(weights.items(), torch.split(mask, sizes), strict=True)
    }
