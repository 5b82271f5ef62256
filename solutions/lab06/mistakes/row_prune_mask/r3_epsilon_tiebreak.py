# mistake: breaks ties by adding 1e-6 * column index to the scores, which reorders scores closer than that
# expect: closer than 1e-6
def row_prune_mask(scores: torch.Tensor, sparsity: float) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating-point")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    sparsity = validate_fraction("sparsity", sparsity)
    k = int(scores.shape[1] * float(sparsity))
    key = scores.detach().double() + 1e-6 * torch.arange(scores.shape[1], dtype=torch.float64, device=scores.device)
    order = torch.sort(key, dim=1).indices
    mask = torch.ones(scores.shape, dtype=torch.bool, device=scores.device)
    mask.scatter_(1, order[:, :k], False)
    return mask
