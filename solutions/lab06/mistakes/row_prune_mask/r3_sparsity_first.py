# mistake: validates sparsity before scores (an int tensor with sparsity 2 raises ValueError)
# expect: error raised
def row_prune_mask(scores: torch.Tensor, sparsity: float) -> torch.Tensor:
    sparsity = validate_fraction("sparsity", sparsity)
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating-point")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    k = int(scores.shape[1] * float(sparsity))
    order = torch.sort(scores.detach(), dim=1, stable=True).indices
    mask = torch.ones(scores.shape, dtype=torch.bool, device=scores.device)
    mask.scatter_(1, order[:, :k], False)
    return mask
