# mistake: multiplies by a numpy float32 sparsity without float() (int(100 * np.float32(0.29)) == 29)
# expect: flattened
def row_prune_mask(scores: torch.Tensor, sparsity: float) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating-point")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    validate_fraction("sparsity", sparsity)
    k = int(scores.shape[1] * sparsity)
    order = torch.sort(scores.detach(), dim=1, stable=True).indices
    mask = torch.ones(scores.shape, dtype=torch.bool, device=scores.device)
    mask.scatter_(1, order[:, :k], False)
    return mask
