# alternative: torch.kthvalue gives the k-th smallest |w| (t); prune everything below t, then only the first tied entries (by cumsum over flat order) up to k
def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    from utils.validation import validate_fraction, validate_type

    validate_type("weight", weight, torch.Tensor)
    sparsity = validate_fraction("sparsity", sparsity)
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    scores = weight.detach().abs().reshape(-1)
    k = round(sparsity * scores.numel())
    pruned = torch.zeros_like(scores, dtype=torch.bool)
    if k > 0:
        threshold = torch.kthvalue(scores, k).values
        below = scores < threshold
        tied = scores == threshold
        room = k - int(below.sum())  # how many of the tied entries still have to go, lowest index first
        pruned = below | (tied & (torch.cumsum(tied.to(torch.int64), dim=0) <= room))
    return (~pruned).to(weight.dtype).reshape(weight.shape)
