# mistake: writes the masks back into the caller's dict and returns it, so the input dict is modified (its weights replaced by masks)
# wrong on: ws = {"a": torch.tensor([1., 2.])}; global_magnitude_masks(ws, 0.5): afterwards ws["a"] is the mask [0., 1.] instead of the weight [1., 2.]; the docstring says the dict may not be modified
# expect: The weights must not change
def global_magnitude_masks(weights: dict[str, torch.Tensor], sparsity: float) -> dict[str, torch.Tensor]:
    if not weights:
        raise ValueError("weights must not be empty")
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    flat = torch.cat([w.detach().abs().flatten().double().cpu() for w in weights.values()])
    k = round(sparsity * flat.numel())
    order = torch.argsort(flat, stable=True)
    keep = torch.ones(flat.numel(), dtype=torch.bool)
    keep[order[:k]] = False
    offset = 0
    for name, w in list(weights.items()):
        weights[name] = keep[offset : offset + w.numel()].reshape(w.shape).to(dtype=w.dtype, device=w.device)
        offset += w.numel()
    return weights
