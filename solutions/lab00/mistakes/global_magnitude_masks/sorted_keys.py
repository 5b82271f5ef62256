# mistake: iterates over sorted(weights) instead of the dict's own order, so the keys come back sorted and ties are broken in alphabetical layer order
# wrong on: global_magnitude_masks({"z": torch.tensor([1.0]), "a": torch.tensor([1.0])}, 0.5): returns keys ['a', 'z'] and prunes "a" instead of "z" (first in the dict)
# expect: sorted by name
def global_magnitude_masks(weights: dict[str, torch.Tensor], sparsity: float) -> dict[str, torch.Tensor]:
    if not weights:
        raise ValueError("weights must not be empty")
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    names = sorted(weights)
    scores = torch.cat([weights[name].detach().abs().flatten() for name in names])
    k = round(sparsity * scores.numel())
    order = torch.argsort(scores, stable=True)
    keep = torch.ones_like(scores, dtype=torch.bool)
    keep[order[:k]] = False
    masks, start = {}, 0
    for name in names:
        w = weights[name]
        masks[name] = keep[start : start + w.numel()].reshape(w.shape).to(w.dtype)
        start += w.numel()
    return masks
