# alternative: each entry's rank by counting larger scores and equal ones at lower indices (no sort)
def protect_mask(scores, fraction):
    validate_type("scores", scores, torch.Tensor)
    if not scores.dtype.is_floating_point:
        raise TypeError("scores must be a floating tensor")
    fraction = validate_fraction("fraction", fraction)
    n = scores.numel()
    k = round(fraction * n)
    flat = scores.detach().flatten()
    if n == 0:
        return torch.zeros(scores.shape, dtype=torch.bool, device=scores.device)
    idx = torch.arange(n, device=scores.device)
    ranks = torch.zeros(n, dtype=torch.int64, device=scores.device)
    for start in range(0, n, 512):
        block = flat[start : start + 512].unsqueeze(1)
        bidx = idx[start : start + 512].unsqueeze(1)
        before = (flat.unsqueeze(0) > block) | ((flat.unsqueeze(0) == block) & (idx.unsqueeze(0) < bidx))
        ranks[start : start + 512] = before.sum(dim=1)
    return (ranks < k).reshape(scores.shape)
