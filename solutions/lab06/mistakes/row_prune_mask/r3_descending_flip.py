# mistake: sorts descending (stable) and reverses the order, so among ties the higher column index is pruned first
# expect: row_prune_mask
def row_prune_mask(scores: torch.Tensor, sparsity: float) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating-point")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    sparsity = validate_fraction("sparsity", sparsity)
    k = int(scores.shape[1] * float(sparsity))
    order = torch.sort(scores.detach(), dim=1, descending=True, stable=True).indices.flip(1)
    mask = torch.ones(scores.shape, dtype=torch.bool, device=scores.device)
    mask.scatter_(1, order[:, :k], False)
    return mask
