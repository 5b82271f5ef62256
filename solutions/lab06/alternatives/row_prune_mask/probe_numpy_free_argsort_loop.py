# alternative: rank per row by a lexicographic key: argsort of (score, column) via a stable sort of column ids
def row_prune_mask(scores, sparsity):
    if not isinstance(scores, torch.Tensor):
        raise TypeError("scores must be a tensor")
    if not torch.is_floating_point(scores):
        raise TypeError("scores must be floating")
    if scores.ndim != 2:
        raise ValueError("scores must be 2-D")
    if isinstance(sparsity, bool) or not isinstance(sparsity, (int, float, np.integer, np.floating)):
        raise TypeError("sparsity must be a real number")
    sparsity = float(sparsity)
    if not (0.0 <= sparsity <= 1.0):
        raise ValueError("sparsity out of range")
    rows, cols = scores.shape
    k = int(cols * sparsity)
    s = scores.detach().double()
    # argsort of the scores in descending order of column first, then a stable sort on the values
    idx = torch.argsort(s, dim=1, stable=True)
    pruned = torch.zeros(rows, cols, dtype=torch.bool, device=scores.device)
    pruned.scatter_(1, idx[:, :k], True)
    return ~pruned
