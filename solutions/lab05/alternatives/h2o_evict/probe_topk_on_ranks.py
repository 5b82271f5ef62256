# alternative: stable ascending sort of the negated scores, gather of the top heavy
def h2o_evict(scores, recent, heavy):
    validate_type("scores", scores, torch.Tensor)
    if not scores.dtype.is_floating_point:
        raise TypeError("scores must be floating-point")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    recent = validate_int("recent", recent, 0)
    heavy = validate_int("heavy", heavy, 0)
    h, n = scores.shape
    if n <= recent + heavy:
        return torch.arange(n, dtype=torch.int64, device=scores.device).repeat(h, 1)
    old = n - recent
    ranks = torch.sort(-scores[:, :old], dim=1, stable=True).indices
    chosen = torch.sort(ranks[:, :heavy], dim=1).values
    window = torch.arange(old, n, device=scores.device).unsqueeze(0).repeat(h, 1)
    return torch.cat([chosen, window], dim=1)
