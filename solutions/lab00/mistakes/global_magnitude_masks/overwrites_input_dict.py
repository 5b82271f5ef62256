# mistake: replaces the entries of the caller's dict with their flattened |w| (weights[name] = ...), modifying the input
# wrong on: global_magnitude_masks(ws, 0.5) with ws = {"a": torch.randn(2, 2), "b": torch.randn(3)}: the masks are right but afterwards ws["a"] is a flat tensor of |w| with shape (4,)
# expect: must not change
def global_magnitude_masks(weights: dict[str, torch.Tensor], sparsity: float) -> dict[str, torch.Tensor]:
    if not weights:
        raise ValueError("weights must not be empty")
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    shapes = {name: w.shape for name, w in weights.items()}
    dtypes = {name: w.dtype for name, w in weights.items()}
    for name in weights:
        weights[name] = weights[name].detach().abs().flatten()
    scores = torch.cat(list(weights.values()))
    k = round(sparsity * scores.numel())
    order = torch.argsort(scores, stable=True)
    keep = torch.ones_like(scores, dtype=torch.bool)
    keep[order[:k]] = False
    masks, start = {}, 0
    for name, shape in shapes.items():
        n = weights[name].numel()
        masks[name] = keep[start : start + n].reshape(shape).to(dtypes[name])
        start += n
    return masks
