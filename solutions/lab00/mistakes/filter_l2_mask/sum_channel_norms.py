# mistake: scores a filter by the sum of its per-input-channel L2 norms (a group-lasso style score), not the L2 norm over all its entries
# wrong on: w = torch.zeros(2, 2, 1, 1); w[0, 0] = 3.; w[1, :] = 2.; filter_l2_mask(w, 0.5): prunes filter 0 (score 3 < 4), the docstring demands pruning filter 1 (L2 2.83 < 3)
# expect: filter_l2_mask
def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    m, c = weight.shape[0], weight.shape[1]
    k = round(sparsity * m)
    norms = weight.detach().reshape(m, c, -1).norm(p=2, dim=2).sum(dim=1)
    order = torch.argsort(norms, stable=True)
    mask = torch.ones_like(weight)
    mask[order[:k]] = 0.0
    return mask
