# mistake: uses int() (truncation) instead of round() for the number of filters to prune
# wrong on: filter_l2_mask(torch.arange(1., 11.).reshape(10, 1), 0.37): prunes int(3.7) = 3 filters instead of round(3.7) = 4
# expect: int() (which truncates)
def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    norms = weight.detach().flatten(start_dim=1).norm(p=2, dim=1)
    k = int(sparsity * weight.shape[0])
    order = torch.argsort(norms, stable=True)
    keep = torch.ones(weight.shape[0], dtype=weight.dtype, device=weight.device)
    keep[order[:k]] = 0
    return keep.reshape(-1, *([1] * (weight.dim() - 1))).expand(weight.shape).clone()
