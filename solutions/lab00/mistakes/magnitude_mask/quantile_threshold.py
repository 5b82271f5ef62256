# mistake: uses torch.quantile(|w|, sparsity) as the threshold; quantile interpolates between entries, so the count pruned is not round(sparsity * n)
# wrong on: magnitude_mask(torch.arange(1., 11.), 0.25): the 0.25 quantile is 3.25, so it prunes 1, 2 and 3 instead of k = round(2.5) = 2 entries
# expect: threshold test
def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    scores = weight.detach().abs()
    if sparsity == 0:
        return torch.ones_like(weight)
    threshold = torch.quantile(scores.flatten().double(), sparsity)
    return (scores > threshold).to(weight.dtype)
