# mistake: accepts a bool recent
# expect: TypeError
def h2o_evict(scores: torch.Tensor, recent: int, heavy: int) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be a floating-point tensor.")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D.")
    if not isinstance(recent, int):
        raise TypeError("recent must be an int")
    if recent < 0:
        raise ValueError("recent must be >= 0")
    heavy = validate_int("heavy", heavy, 0)
    h, n = scores.shape
    device = scores.device
    if n <= recent + heavy:
        return torch.arange(n, device=device).expand(h, n).clone()
    old = n - recent
    top = torch.sort(scores[:, :old], dim=1, descending=True, stable=True).indices[:, :heavy]
    return torch.cat([top.sort(dim=1).values, torch.arange(old, n, device=device).expand(h, recent)], dim=1)
