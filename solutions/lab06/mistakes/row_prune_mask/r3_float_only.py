# mistake: accepts only Python floats (rejects int 0/1 and numpy float32)
# expect: flattened
def row_prune_mask(scores: torch.Tensor, sparsity: float) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating-point")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    if not isinstance(sparsity, float):
        raise TypeError("sparsity must be a float")
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError("sparsity must be in [0, 1]")
    k = int(scores.shape[1] * float(sparsity))
    order = torch.sort(scores.detach(), dim=1, stable=True).indices
    mask = torch.ones(scores.shape, dtype=torch.bool, device=scores.device)
    mask.scatter_(1, order[:, :k], False)
    return mask
