# mistake: returns the per-filter keep vector of shape (M,) instead of a mask with the weight's shape
# wrong on: filter_l2_mask(torch.tensor([[3.0, 4.0], [1.0, 0.0], [0.0, -2.0], [-6.0, 0.0]]), 0.5): returns tensor([1., 0., 0., 1.]) of shape (4,) instead of a (4, 2) mask
# expect: but should have shape
def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    norms = weight.detach().flatten(start_dim=1).norm(p=2, dim=1)
    k = round(sparsity * weight.shape[0])
    order = torch.argsort(norms, stable=True)
    keep = torch.ones(weight.shape[0], dtype=weight.dtype, device=weight.device)
    keep[order[:k]] = 0
    return keep
