# mistake: builds the mask with torch.ones(weight.shape), whose default dtype is float32, so a float64 weight gets a float32 mask
# wrong on: filter_l2_mask(torch.randn(6, 4, dtype=torch.float64), 0.5): the mask is float32 instead of float64
# expect: should have dtype torch.float64
def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    norms = weight.detach().flatten(start_dim=1).norm(p=2, dim=1)
    k = round(sparsity * weight.shape[0])
    order = torch.argsort(norms, stable=True)
    mask = torch.ones(weight.shape, device=weight.device)
    mask[order[:k]] = 0
    return mask
