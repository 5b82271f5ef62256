# mistake: ranks filters by their L1 norm (sum of |w|) instead of their L2 norm
# wrong on: filter_l2_mask(torch.tensor([[3.0, 0.0, 0.0, 0.0], [1.0, 1.0, 1.0, -1.0], [5.0, 5.0, 5.0, 5.0]]), 0.34): prunes filter 0 (L1 3 < 4) instead of filter 1 (L2 2 < 3)
# expect: use the L1 norm
def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    norms = weight.detach().abs().flatten(start_dim=1).sum(dim=1)
    k = round(sparsity * weight.shape[0])
    order = torch.argsort(norms, stable=True)
    keep = torch.ones(weight.shape[0], dtype=weight.dtype, device=weight.device)
    keep[order[:k]] = 0
    return keep.reshape(-1, *([1] * (weight.dim() - 1))).expand(weight.shape).clone()
