# mistake: uses a threshold test |w| <= (k-th smallest |w|), which prunes every entry tied with the k-th smallest, so more than k entries
# wrong on: magnitude_mask(torch.tensor([1., -1., 1., 2., -1.]), 0.4): prunes all four entries with |w| = 1 instead of exactly k = 2
# expect: threshold test
def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    k = round(sparsity * weight.numel())
    if k == 0:
        return torch.ones_like(weight)
    scores = weight.detach().abs()
    threshold = torch.kthvalue(scores.flatten(), k).values
    return (scores > threshold).to(weight.dtype)
