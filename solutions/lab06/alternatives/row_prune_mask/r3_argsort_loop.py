# alternative: a Python loop over rows with argsort(stable=True) and index assignment
def row_prune_mask(scores: torch.Tensor, sparsity: float) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.dtype.is_floating_point:
        raise TypeError("scores must hold floats")
    if scores.dim() != 2:
        raise ValueError("scores must be (out_features, in_features)")
    s = validate_fraction("sparsity", sparsity)
    n_prune = int(scores.shape[1] * s)
    keep = torch.ones_like(scores, dtype=torch.bool)
    for r in range(scores.shape[0]):
        ranked = torch.argsort(scores[r].detach(), stable=True)
        keep[r, ranked[:n_prune]] = False
    return keep
