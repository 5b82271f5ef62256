# alternative: clone, +inf over the recent keys, one stable descending sort of the whole row
def h2o_evict(scores, recent, heavy):
    validate_type("scores", scores, torch.Tensor)
    if not torch.is_floating_point(scores):
        raise TypeError("scores must be floating-point")
    if scores.ndim != 2:
        raise ValueError("scores must be (H, N)")
    recent = validate_int("recent", recent, 0)
    heavy = validate_int("heavy", heavy, 0)
    n = scores.shape[1]
    budget = min(n, recent + heavy)
    key = scores.detach().clone()
    if recent:
        key[:, n - recent :] = float("inf")
    chosen = torch.argsort(key, dim=1, descending=True, stable=True)[:, :budget]
    return torch.sort(chosen, dim=1).values
