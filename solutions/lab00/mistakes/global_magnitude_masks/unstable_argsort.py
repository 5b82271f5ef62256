# mistake: sorts the concatenated |w| with torch.argsort without stable=True, so ties are not broken by position in the concatenation
# wrong on: global_magnitude_masks({"a": torch.randint(0, 3, (600,), generator=torch.Generator().manual_seed(0)).float(), "b": torch.randint(0, 3, (400,), generator=torch.Generator().manual_seed(1)).float()}, 0.5): among the entries tied at |w| = 1 it does not prune the earliest ones first
# expect: stable sort
def global_magnitude_masks(weights: dict[str, torch.Tensor], sparsity: float) -> dict[str, torch.Tensor]:
    if not weights:
        raise ValueError("weights must not be empty")
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    scores = torch.cat([w.detach().abs().flatten() for w in weights.values()])
    k = round(sparsity * scores.numel())
    order = torch.argsort(scores)
    keep = torch.ones_like(scores, dtype=torch.bool)
    keep[order[:k]] = False
    masks, start = {}, 0
    for name, w in weights.items():
        masks[name] = keep[start : start + w.numel()].reshape(w.shape).to(w.dtype)
        start += w.numel()
    return masks
