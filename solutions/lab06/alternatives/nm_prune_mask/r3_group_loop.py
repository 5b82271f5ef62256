# alternative: a loop over groups of columns, each sorted with a stable ascending sort
def nm_prune_mask(scores: torch.Tensor, n: int, m: int) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.dtype.is_floating_point:
        raise TypeError("scores must be floating-point")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    validate_int("n", n, minimum=0)
    validate_int("m", m, minimum=1)
    n, m = int(n), int(m)
    if n > m or scores.shape[1] % m != 0:
        raise ValueError("need n <= m and in_features a multiple of m")
    mask = torch.ones(scores.shape, dtype=torch.bool, device=scores.device)
    for start in range(0, scores.shape[1], m):
        group = scores[:, start : start + m].detach()
        lowest = torch.sort(group, dim=1, stable=True).indices[:, : m - n]
        mask[:, start : start + m].scatter_(1, lowest, False)
    return mask
