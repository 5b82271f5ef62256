# alternative: ranks with argsort of a stable argsort in float64 and keeps ranks >= m - n
def nm_prune_mask(scores: torch.Tensor, n: int, m: int) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not torch.is_floating_point(scores):
        raise TypeError("scores must be floating-point")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    validate_type("n", n, (int, np.integer))
    if n < 0:
        raise ValueError("n must be >= 0")
    validate_type("m", m, (int, np.integer))
    if m < 1:
        raise ValueError("m must be >= 1")
    if n > m:
        raise ValueError("n must be <= m")
    if scores.shape[1] % m != 0:
        raise ValueError("in_features must be a multiple of m")
    rows, cols = scores.shape
    groups = scores.detach().double().reshape(rows, cols // int(m), int(m))
    rank = torch.argsort(torch.argsort(groups, dim=-1, stable=True), dim=-1, stable=True)
    return (rank >= int(m) - int(n)).reshape(rows, cols)
