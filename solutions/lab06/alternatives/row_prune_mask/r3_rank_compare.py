# alternative: ranks by pairwise comparison: a score is pruned when fewer than k scores of its row come before it (lower, or equal with a lower index)
def row_prune_mask(scores: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not isinstance(scores, torch.Tensor):
        raise TypeError("scores must be a tensor")
    if not torch.is_floating_point(scores):
        raise TypeError("scores must be floating-point")
    if scores.ndim != 2:
        raise ValueError("scores must be 2-D")
    fraction = validate_fraction("sparsity", sparsity)
    cols = scores.shape[1]
    k = int(cols * fraction)
    s = scores.detach()
    idx = torch.arange(cols, device=s.device)
    before = (s.unsqueeze(1) < s.unsqueeze(2)) | (
        (s.unsqueeze(1) == s.unsqueeze(2)) & (idx.view(1, cols) < idx.view(cols, 1))
    )
    rank = before.sum(dim=2)  # how many scores of the row come before this one
    return rank >= k
