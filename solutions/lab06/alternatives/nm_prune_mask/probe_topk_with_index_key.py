# alternative: topk on a key that breaks ties by column: scores compared via a rank from argsort(stable)
def nm_prune_mask(scores, n, m):
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m or scores.shape[1] % m:
        raise ValueError("bad n, m")
    rows, cols = scores.shape
    g = scores.detach().reshape(rows, cols // m, m)
    order = torch.argsort(g, dim=-1, stable=True)
    rank = torch.empty_like(order).scatter_(
        -1, order, torch.arange(m, device=scores.device).expand_as(order).contiguous()
    )
    return (rank >= m - n).reshape(rows, cols)
