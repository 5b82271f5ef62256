# mistake: concatenates the magnitudes as float32 (.float()) to mix dtypes, so close float64 magnitudes collapse into ties
# wrong on: global_magnitude_masks({"a": torch.tensor([1.0 + 1e-12], dtype=torch.float64), "b": torch.tensor([1.0], dtype=torch.float64)}, 0.5): prunes "a", the docstring demands pruning "b" (smaller |w|) -> {"a": [1.], "b": [0.]}
# expect: do not round them to float32
def global_magnitude_masks(weights: dict[str, torch.Tensor], sparsity: float) -> dict[str, torch.Tensor]:
    if not weights:
        raise ValueError("weights must not be empty")
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    flat = torch.cat([w.detach().float().abs().flatten().cpu() for w in weights.values()])
    k = round(sparsity * flat.numel())
    order = torch.argsort(flat, stable=True)
    keep = torch.ones(flat.numel(), dtype=torch.bool)
    keep[order[:k]] = False
    masks, offset = {}, 0
    for name, w in weights.items():
        masks[name] = keep[offset : offset + w.numel()].reshape(w.shape).to(dtype=w.dtype, device=w.device)
        offset += w.numel()
    return masks
