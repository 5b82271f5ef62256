# mistake: picks the k smallest norms with torch.topk(largest=False), whose tie order is not "lower index first"
# wrong on: filter_l2_mask(torch.tensor([[1.], [1.], [1.], [1.], [0.], [1.], [1.]]), 3/7): prunes filters 4, 5, 3, the docstring demands 4, 0, 1
# expect: filter_l2_mask
def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    m = weight.shape[0]
    k = round(sparsity * m)
    norms = weight.detach().reshape(m, -1).norm(p=2, dim=1)
    pruned = torch.topk(norms, k, largest=False).indices
    mask = torch.ones_like(weight)
    mask[pruned] = 0.0
    return mask
