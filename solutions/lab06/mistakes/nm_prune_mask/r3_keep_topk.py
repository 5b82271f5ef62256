# mistake: keeps torch.topk(n) of each group, whose order among ties is unspecified
# expect: nm_prune_mask
def nm_prune_mask(scores: torch.Tensor, n: int, m: int) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating-point")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m:
        raise ValueError("n must be <= m")
    rows, cols = scores.shape
    if cols % m != 0:
        raise ValueError("in_features must be a multiple of m")
    groups = scores.detach().reshape(rows, cols // m, m)
    keep = torch.topk(groups, n, dim=2).indices
    mask = torch.zeros(groups.shape, dtype=torch.bool, device=scores.device)
    mask.scatter_(2, keep, True)
    return mask.reshape(rows, cols)
