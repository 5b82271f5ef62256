# alternative: k-th smallest value as threshold, all below pruned, then the first ties by a cumulative sum
def row_prune_mask(scores: torch.Tensor, sparsity: float) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if scores.dtype not in (torch.float16, torch.bfloat16, torch.float32, torch.float64):
        raise TypeError("scores must be floating-point")
    if len(scores.shape) != 2:
        raise ValueError("scores must be 2-D")
    validate_type("sparsity", sparsity, (int, float, np.integer, np.floating))
    sparsity = float(sparsity)
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError("sparsity must be in [0, 1]")
    rows, cols = scores.shape
    k = int(cols * sparsity)
    if k == 0 or rows == 0:
        return torch.ones(rows, cols, dtype=torch.bool, device=scores.device)
    s = scores.detach().double()
    threshold = torch.sort(s, dim=1).values[:, k - 1 : k]
    below = s < threshold
    tied = s == threshold
    room = k - below.sum(dim=1, keepdim=True)
    tied_pruned = tied & (torch.cumsum(tied.long(), dim=1) <= room)
    return ~(below | tied_pruned)
