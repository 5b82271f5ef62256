# mistake: builds the mask on the CPU whatever the scores' device
# expect: device
def row_prune_mask(scores: torch.Tensor, sparsity: float) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating-point")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    sparsity = validate_fraction("sparsity", sparsity)
    k = int(scores.shape[1] * float(sparsity))
    order = torch.sort(scores.detach(), dim=1, stable=True).indices
    mask = torch.ones(tuple(scores.shape), dtype=torch.bool)
    mask.scatter_(1, order[:, :k].cpu(), False)
    return mask
