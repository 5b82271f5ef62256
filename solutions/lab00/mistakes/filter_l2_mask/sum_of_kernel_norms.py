# mistake: for a conv weight, sums the L2 norms of the R x S kernels of each filter instead of taking one L2 norm over the whole filter
# wrong on: filter_l2_mask(torch.tensor([[3.0, 4.0], [6.0, 0.0]]).reshape(2, 2, 1, 1), 0.5): prunes filter 1 (3 + 4 = 7 > 6) instead of filter 0 (L2 5 < 6)
# expect: square root of the sum of squares
def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    w = weight.detach()
    if w.dim() == 4:
        norms = w.norm(p=2, dim=(2, 3)).sum(dim=1)
    else:
        norms = w.flatten(start_dim=1).norm(p=2, dim=1)
    k = round(sparsity * weight.shape[0])
    order = torch.argsort(norms, stable=True)
    keep = torch.ones(weight.shape[0], dtype=weight.dtype, device=weight.device)
    keep[order[:k]] = 0
    return keep.reshape(-1, *([1] * (weight.dim() - 1))).expand(weight.shape).clone()
