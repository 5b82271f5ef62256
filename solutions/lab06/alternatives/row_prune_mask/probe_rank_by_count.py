# alternative: rank = number of scores smaller, plus equal scores at lower columns; prune rank < count
def row_prune_mask(scores, sparsity):
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    sparsity = validate_fraction("sparsity", sparsity)
    count = int(scores.shape[1] * sparsity)
    s = scores.detach().float()
    cols = s.shape[1]
    idx = torch.arange(cols, device=s.device)
    smaller = (s.unsqueeze(1) < s.unsqueeze(2)).sum(2)  # [r, j] = #k with s[r, k] < s[r, j]
    tied_before = ((s.unsqueeze(1) == s.unsqueeze(2)) & (idx.view(1, 1, -1) < idx.view(1, -1, 1))).sum(2)
    rank = smaller + tied_before
    return rank >= count
