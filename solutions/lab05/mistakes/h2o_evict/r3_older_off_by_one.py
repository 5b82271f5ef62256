# mistake: older keys are 0 .. N-recent-2 (the key just before the window can never be a heavy hitter)
# expect: h2o_evict
def h2o_evict(scores, recent, heavy):
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating-point")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    validate_int("recent", recent, 0)
    validate_int("heavy", heavy, 0)
    h, n = scores.shape
    positions = torch.arange(n, device=scores.device)
    if n <= recent + heavy:
        return positions.expand(h, n).clone()
    older = scores[:, : n - recent - 1]
    top = torch.sort(older, dim=1, descending=True, stable=True).indices[:, :heavy]
    window = positions[n - recent :].expand(h, recent)
    return torch.cat([top.sort(dim=1).values, window], dim=1)
