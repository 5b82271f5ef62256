# mistake: loops over heads and torch.stack()s the rows: no heads (H = 0) raises
# expect: no heads
def h2o_evict(scores, recent, heavy):
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating-point")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    validate_int("recent", recent, 0)
    validate_int("heavy", heavy, 0)
    n = scores.shape[1]
    rows = []
    for row in scores:
        if n <= recent + heavy:
            rows.append(torch.arange(n))
            continue
        top = torch.sort(row[: n - recent], descending=True, stable=True).indices[:heavy]
        rows.append(torch.cat([top.sort().values, torch.arange(n - recent, n)]))
    return torch.stack(rows)
