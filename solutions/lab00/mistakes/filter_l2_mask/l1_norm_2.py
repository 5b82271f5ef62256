# mistake: ranks filters by their L1 norm (sum of |w|) instead of the L2 norm
# wrong on: filter_l2_mask(torch.tensor([[3., 0., 0., 0.], [1., 1., 1., 1.]]), 0.5): prunes filter 0 (L1 3 < 4) -> [[0,0,0,0],[1,1,1,1]], the docstring demands pruning filter 1 (L2 2 < 3) -> [[1,1,1,1],[0,0,0,0]]
# expect: filter_l2_mask
def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    m = weight.shape[0]
    k = round(sparsity * m)
    norms = weight.detach().abs().reshape(m, -1).sum(dim=1)
    order = torch.argsort(norms, stable=True)
    mask = torch.ones_like(weight)
    mask[order[:k]] = 0.0
    return mask
