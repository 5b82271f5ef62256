# mistake: concatenates the tensors in sorted(key) order instead of the dict's order, so cross-tensor ties are broken wrongly
# wrong on: global_magnitude_masks({"b": torch.tensor([1.0]), "a": torch.tensor([1.0])}, 0.5): prunes "a" -> {"b": [1.], "a": [0.]}, the docstring demands the first in dict order pruned -> {"b": [0.], "a": [1.]}
# expect: which is not sorted
def global_magnitude_masks(weights: dict[str, torch.Tensor], sparsity: float) -> dict[str, torch.Tensor]:
    if not weights:
        raise ValueError("weights must not be empty")
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    names = sorted(weights)
    flat = torch.cat([weights[n].detach().abs().flatten().double().cpu() for n in names])
    k = round(sparsity * flat.numel())
    order = torch.argsort(flat, stable=True)
    keep = torch.ones(flat.numel(), dtype=torch.bool)
    keep[order[:k]] = False
    pieces, offset = {}, 0
    for n in names:
        w = weights[n]
        pieces[n] = keep[offset : offset + w.numel()].reshape(w.shape).to(dtype=w.dtype, device=w.device)
        offset += w.numel()
    return {n: pieces[n] for n in weights}
