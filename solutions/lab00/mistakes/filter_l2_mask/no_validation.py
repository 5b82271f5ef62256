# mistake: never checks that sparsity lies in [0, 1]; a negative sparsity gives a negative k and order[:k] then prunes almost every filter
# wrong on: filter_l2_mask(torch.randn(4, 3), -0.5): prunes 2 filters (order[:-2]) instead of raising ValueError
# expect: must raise ValueError
def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    norms = weight.detach().flatten(start_dim=1).norm(p=2, dim=1)
    k = round(sparsity * weight.shape[0])
    order = torch.argsort(norms, stable=True)
    keep = torch.ones(weight.shape[0], dtype=weight.dtype, device=weight.device)
    keep[order[:k]] = 0
    return keep.reshape(-1, *([1] * (weight.dim() - 1))).expand(weight.shape).clone()
