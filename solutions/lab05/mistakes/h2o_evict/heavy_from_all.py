# mistake: chooses the heavy hitters among all keys
# expect: 200 tied scores
def h2o_evict(scores: torch.Tensor, recent: int, heavy: int) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError(f"scores must be a floating-point tensor, got {scores.dtype}")
    if scores.dim() != 2:
        raise ValueError(f"scores must have shape (H, N), got {tuple(scores.shape)}")
    recent = validate_int("recent", recent, minimum=0)
    heavy = validate_int("heavy", heavy, minimum=0)
    heads, length = scores.shape
    if length <= recent + heavy:
        return torch.arange(length, device=scores.device).expand(heads, length).clone()
    older = length - recent
    order = torch.sort(scores.detach(), dim=1, descending=True, stable=True).indices
    hitters = torch.sort(order[:, :heavy], dim=1).values
    newest = torch.arange(older, length, device=scores.device).expand(heads, recent)
    return torch.cat([hitters, newest], dim=1)
