# alternative: per-head Python sorted() with key (-score, position), torch.tensor on the scores' device
def h2o_evict(scores, recent, heavy):
    if not isinstance(scores, torch.Tensor) or not scores.is_floating_point():
        raise TypeError("scores must be a floating-point tensor")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    validate_int("recent", recent, 0)
    validate_int("heavy", heavy, 0)
    n = scores.shape[1]
    rows = []
    for row in scores.tolist():
        if n <= recent + heavy:
            rows.append(list(range(n)))
            continue
        older = sorted(range(n - recent), key=lambda i: (-row[i], i))[:heavy]
        rows.append(sorted(older) + list(range(n - recent, n)))
    return torch.tensor(rows, dtype=torch.long, device=scores.device).reshape(scores.shape[0], min(n, recent + heavy))
