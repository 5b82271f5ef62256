# mistake: sorts the norms in descending order and so prunes the filters with the largest L2 norm
# wrong on: filter_l2_mask(torch.tensor([[3.0, 4.0], [1.0, 0.0], [0.0, -2.0], [-6.0, 0.0]]), 0.5): prunes rows 3 and 0 (norms 6 and 5) instead of rows 1 and 2 (norms 1 and 2)
# expect: prune the filter with the largest norm
def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    norms = weight.detach().flatten(start_dim=1).norm(p=2, dim=1)
    k = round(sparsity * weight.shape[0])
    order = torch.argsort(norms, descending=True, stable=True)
    keep = torch.ones(weight.shape[0], dtype=weight.dtype, device=weight.device)
    keep[order[:k]] = 0
    return keep.reshape(-1, *([1] * (weight.dim() - 1))).expand(weight.shape).clone()
