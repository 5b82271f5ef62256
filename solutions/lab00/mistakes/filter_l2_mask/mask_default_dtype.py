# mistake: builds the mask with torch.ones(weight.shape), i.e. the default float32 dtype (and CPU), not the weight's dtype/device
# wrong on: filter_l2_mask(torch.randn(4, 3, dtype=torch.float64), 0.5): mask dtype is torch.float32, the docstring demands torch.float64
# expect: filter_l2_mask
def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    m = weight.shape[0]
    k = round(sparsity * m)
    norms = weight.detach().reshape(m, -1).norm(p=2, dim=1)
    order = torch.argsort(norms, stable=True)
    mask = torch.ones(weight.shape)
    mask[order[:k]] = 0.0
    return mask
