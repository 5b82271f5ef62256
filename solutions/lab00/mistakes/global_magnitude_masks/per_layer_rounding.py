# mistake: computes k as the sum of round(sparsity * n_i) over the tensors instead of round(sparsity * N) over all entries
# wrong on: global_magnitude_masks({"a": torch.tensor([1., 2., 3.]), "b": torch.tensor([4., 5., 6.])}, 0.5): prunes round(1.5) + round(1.5) = 4 entries instead of round(3.0) = 3
# expect: counts all entries together
def global_magnitude_masks(weights: dict[str, torch.Tensor], sparsity: float) -> dict[str, torch.Tensor]:
    if not weights:
        raise ValueError("weights must not be empty")
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    k = sum(round(sparsity * w.numel()) for w in weights.values())
    scores = torch.cat([w.detach().abs().flatten() for w in weights.values()])
    order = torch.argsort(scores, stable=True)
    keep = torch.ones_like(scores, dtype=torch.bool)
    keep[order[:k]] = False
    masks, start = {}, 0
    for name, w in weights.items():
        masks[name] = keep[start : start + w.numel()].reshape(w.shape).to(w.dtype)
        start += w.numel()
    return masks
