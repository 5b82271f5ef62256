# mistake: writes -inf over the recent window of scores in place
# expect: scores unchanged
def h2o_evict(scores: torch.Tensor, recent: int, heavy: int) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be a floating-point tensor.")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D.")
    recent = validate_int("recent", recent, 0)
    heavy = validate_int("heavy", heavy, 0)
    h, n = scores.shape
    device = scores.device
    if n <= recent + heavy:
        return torch.arange(n, device=device).expand(h, n).clone()
    old = n - recent
    scores[:, old:] = float("-inf")
    top = torch.sort(scores[:, :old], dim=1, descending=True, stable=True).indices[:, :heavy]
    return torch.cat([top.sort(dim=1).values, torch.arange(old, n, device=device).expand(h, recent)], dim=1)
