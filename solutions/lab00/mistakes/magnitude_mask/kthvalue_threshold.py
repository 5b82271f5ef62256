# mistake: prunes every entry with |w| <= the k-th smallest magnitude (kthvalue threshold), so ties at the threshold are all pruned
# wrong on: magnitude_mask(torch.tensor([1., 1., 1., 2.]), 0.25): returns [0,0,0,1] (3 pruned), the docstring demands exactly k=1 pruned -> [0,1,1,1]
# expect: magnitude_mask
def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    k = round(sparsity * weight.numel())
    if k == 0:
        return torch.ones_like(weight)
    scores = weight.detach().abs()
    threshold = torch.kthvalue(scores.flatten(), k).values
    return (scores > threshold).to(weight.dtype)
