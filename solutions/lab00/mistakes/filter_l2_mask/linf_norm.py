# mistake: ranks filters by their largest |w| (L-infinity norm, amax) instead of their L2 norm
# wrong on: filter_l2_mask(torch.tensor([[3.0, 0.0, 0.0, 0.0], [2.0, 2.0, 2.0, 2.0]]), 0.5): prunes filter 1 (max 2 < 3) instead of filter 0 (L2 3 < 4)
# expect: not the largest |w|
def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    norms = weight.detach().abs().flatten(start_dim=1).amax(dim=1)
    k = round(sparsity * weight.shape[0])
    order = torch.argsort(norms, stable=True)
    keep = torch.ones(weight.shape[0], dtype=weight.dtype, device=weight.device)
    keep[order[:k]] = 0
    return keep.reshape(-1, *([1] * (weight.dim() - 1))).expand(weight.shape).clone()
