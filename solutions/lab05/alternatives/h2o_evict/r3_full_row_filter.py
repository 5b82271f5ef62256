# alternative: one stable descending sort of the whole row, recent positions filtered out by index, then the first heavy
def h2o_evict(scores, recent, heavy):
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating-point")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    recent = validate_int("recent", recent, 0)
    heavy = validate_int("heavy", heavy, 0)
    h, n = scores.shape
    if n <= recent + heavy:
        return torch.arange(n).repeat(h, 1)
    order = torch.sort(scores, dim=1, descending=True, stable=True).indices
    older = order[order < n - recent].view(h, n - recent)
    heavy_hitters = older[:, :heavy].sort(dim=1).values
    return torch.cat([heavy_hitters, torch.arange(n - recent, n).repeat(h, 1)], dim=1)
