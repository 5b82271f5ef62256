# mistake: picks the k smallest with torch.topk(largest=False), whose choice among tied values is unspecified (not the lower flat index first)
# wrong on: magnitude_mask(torch.randint(0, 3, (1000,), generator=torch.Generator().manual_seed(0)).float(), 0.5): among the entries tied at |w| = 1 it does not prune the lowest indices first
# expect: lowest flat index
def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    scores = weight.detach().abs().flatten()
    k = round(sparsity * scores.numel())
    mask = torch.ones_like(scores)
    if k > 0:
        smallest = torch.topk(scores, k, largest=False).indices
        mask[smallest] = 0
    return mask.reshape(weight.shape)
