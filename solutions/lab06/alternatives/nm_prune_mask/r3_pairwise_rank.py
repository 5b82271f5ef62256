# alternative: ranks within each group by pairwise comparison (lower, or equal with a lower index, comes first)
def nm_prune_mask(scores: torch.Tensor, n: int, m: int) -> torch.Tensor:
    if not isinstance(scores, torch.Tensor) or not torch.is_floating_point(scores):
        raise TypeError("scores must be a floating-point tensor")
    if scores.ndim != 2:
        raise ValueError("scores must be 2-D")
    n = validate_int("n", n, 0)
    m = validate_int("m", m, 1)
    if n > m:
        raise ValueError(f"n={n} > m={m}")
    if scores.shape[1] % m:
        raise ValueError("in_features must be a multiple of m")
    g = scores.detach().unflatten(1, (scores.shape[1] // m, m))
    idx = torch.arange(m, device=scores.device)
    a, b = g.unsqueeze(-1), g.unsqueeze(-2)  # a: this entry, b: the others
    before = (b < a) | ((b == a) & (idx.view(1, m) < idx.view(m, 1)))
    rank = before.sum(dim=-1)
    return (rank >= m - n).flatten(1)
