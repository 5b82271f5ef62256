# alternative: per-row Python sorted() on (-score, position)
def h2o_evict(scores, recent, heavy):
    validate_type("scores", scores, torch.Tensor)
    if not torch.is_floating_point(scores):
        raise TypeError("scores must be floating-point")
    if scores.ndim != 2:
        raise ValueError("scores must be 2-D")
    recent = validate_int("recent", recent, 0)
    heavy = validate_int("heavy", heavy, 0)
    rows, n = scores.shape
    width = min(n, recent + heavy)
    out = []
    for row in scores.detach().cpu().tolist():
        if n <= recent + heavy:
            out.append(list(range(n)))
            continue
        old = n - recent
        best = sorted(range(old), key=lambda i: (-row[i], i))[:heavy]
        out.append(sorted(best) + list(range(old, n)))
    return torch.tensor(out, dtype=torch.long, device=scores.device).reshape(rows, width)
