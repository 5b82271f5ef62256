# mistake: total k is the sum of per-layer round(sparsity * n_i) instead of round(sparsity * N)
# wrong on: global_magnitude_masks({"a": torch.tensor([1., 2., 3.]), "b": torch.tensor([4., 5., 6.])}, 0.5): prunes 4 entries (2+2), the docstring demands k=round(3.0)=3 -> a=[0,0,0], b=[1,1,1]
# expect: global_magnitude_masks
def global_magnitude_masks(weights: dict[str, torch.Tensor], sparsity: float) -> dict[str, torch.Tensor]:
    if not weights:
        raise ValueError("weights must not be empty")
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    k = sum(round(sparsity * w.numel()) for w in weights.values())
    flat = torch.cat([w.detach().abs().flatten().double().cpu() for w in weights.values()])
    order = torch.argsort(flat, stable=True)
    keep = torch.ones(flat.numel(), dtype=torch.bool)
    keep[order[:k]] = False
    masks, offset = {}, 0
    for name, w in weights.items():
        masks[name] = keep[offset : offset + w.numel()].reshape(w.shape).to(dtype=w.dtype, device=w.device)
        offset += w.numel()
    return masks
