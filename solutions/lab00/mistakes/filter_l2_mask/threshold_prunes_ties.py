# mistake: prunes every filter whose norm is <= the k-th smallest norm, which prunes all filters tied with it (more than k)
# wrong on: filter_l2_mask(torch.tensor([[1.0, 0.0], [0.0, 1.0], [0.0, -1.0]]), 0.34): all three filters have norm 1 and all are pruned instead of only filter 0
# expect: threshold test
def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    norms = weight.detach().flatten(start_dim=1).norm(p=2, dim=1)
    k = round(sparsity * weight.shape[0])
    if k == 0:
        return torch.ones_like(weight)
    threshold = torch.kthvalue(norms, k).values
    keep = (norms > threshold).to(weight.dtype)
    return keep.reshape(-1, *([1] * (weight.dim() - 1))).expand(weight.shape).clone()
