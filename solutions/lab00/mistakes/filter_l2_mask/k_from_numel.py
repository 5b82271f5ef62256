# mistake: computes k from the number of entries, round(sparsity * weight.numel()), instead of the number of filters M
# wrong on: filter_l2_mask(torch.tensor([[3.0, 4.0], [1.0, 0.0], [0.0, -2.0], [-6.0, 0.0]]), 0.5): k = round(0.5 * 8) = 4, so all four filters are pruned instead of 2
# expect: k = round(0.34 * 3) = 1
def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    norms = weight.detach().flatten(start_dim=1).norm(p=2, dim=1)
    k = round(sparsity * weight.numel())
    order = torch.argsort(norms, stable=True)
    keep = torch.ones(weight.shape[0], dtype=weight.dtype, device=weight.device)
    keep[order[:k]] = 0
    return keep.reshape(-1, *([1] * (weight.dim() - 1))).expand(weight.shape).clone()
