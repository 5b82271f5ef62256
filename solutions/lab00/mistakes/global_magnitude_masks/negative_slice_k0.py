# mistake: sorts |w| in descending order and prunes order[-k:]; with k = 0 the slice [-0:] is everything, so sparsity 0 prunes all entries
# wrong on: global_magnitude_masks({"a": torch.tensor([1., 2.]), "b": torch.tensor([3.])}, 0.0): returns all-zero masks instead of all-ones masks
# expect: prune exactly k
def global_magnitude_masks(weights: dict[str, torch.Tensor], sparsity: float) -> dict[str, torch.Tensor]:
    if not weights:
        raise ValueError("weights must not be empty")
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    scores = torch.cat([w.detach().abs().flatten() for w in weights.values()])
    k = round(sparsity * scores.numel())
    order = torch.argsort(scores, descending=True, stable=True)
    keep = torch.ones_like(scores, dtype=torch.bool)
    keep[order[-k:]] = False
    masks, start = {}, 0
    for name, w in weights.items():
        masks[name] = keep[start : start + w.numel()].reshape(w.shape).to(w.dtype)
        start += w.numel()
    return masks
