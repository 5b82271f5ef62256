# alternative: rank of each older key = keys strictly greater + equal keys at lower positions; keep rank < heavy
def h2o_evict(scores, recent, heavy):
    validate_type("scores", scores, torch.Tensor)
    if not scores.dtype.is_floating_point:
        raise TypeError("scores must be floating-point")
    if len(scores.shape) != 2:
        raise ValueError("scores must be 2-D")
    validate_int("recent", recent, 0)
    validate_int("heavy", heavy, 0)
    h, n = scores.shape
    pos = torch.arange(n, device=scores.device)
    if n <= recent + heavy:
        return pos.repeat(h, 1)
    old = scores[:, : n - recent]
    m = n - recent
    greater = (old.unsqueeze(1) > old.unsqueeze(2)).sum(dim=2)
    earlier_equal = ((old.unsqueeze(1) == old.unsqueeze(2)) & (pos[:m].view(1, 1, m) < pos[:m].view(1, m, 1))).sum(
        dim=2
    )
    keep_old = (greater + earlier_equal) < heavy
    keep = torch.cat([keep_old, torch.ones(h, recent, dtype=torch.bool, device=scores.device)], dim=1)
    return pos.expand(h, n)[keep].view(h, recent + heavy)
