# mistake: returns a uint8 mask (1 where kept) instead of bool
# expect: bool
def row_prune_mask(scores: torch.Tensor, sparsity: float) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating-point")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    sparsity = validate_fraction("sparsity", sparsity)
    k = int(scores.shape[1] * float(sparsity))
    order = torch.sort(scores.detach(), dim=1, stable=True).indices
    mask = torch.ones(scores.shape, dtype=torch.bool, device=scores.device)
    mask.scatter_(1, order[:, :k], False)
    return mask.to(torch.uint8)
