# mistake: never checks that sparsity lies in [0, 1] (nor that weights is non-empty); a sparsity above 1 silently prunes everything
# wrong on: global_magnitude_masks({"a": torch.randn(4)}, 1.5): returns an all-zero mask instead of raising ValueError
# expect: must raise ValueError
def global_magnitude_masks(weights: dict[str, torch.Tensor], sparsity: float) -> dict[str, torch.Tensor]:
    scores = torch.cat([w.detach().abs().flatten() for w in weights.values()])
    k = round(sparsity * scores.numel())
    order = torch.argsort(scores, stable=True)
    keep = torch.ones_like(scores, dtype=torch.bool)
    keep[order[:k]] = False
    masks, start = {}, 0
    for name, w in weights.items():
        masks[name] = keep[start : start + w.numel()].reshape(w.shape).to(w.dtype)
        start += w.numel()
    return masks
