# mistake: a list for scores raises AttributeError, not TypeError
# expect: TypeError
def nm_prune_mask(scores, n, m):
    if not scores.is_floating_point():
        raise TypeError("scores must be floating")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m or scores.shape[1] % m:
        raise ValueError("n > m or not a multiple")
    groups = scores.detach().reshape(scores.shape[0], scores.shape[1] // m, m)
    low = torch.sort(groups, dim=2, stable=True).indices[:, :, : m - n]
    keep = torch.ones(groups.shape, dtype=torch.bool, device=scores.device).scatter(2, low, False)
    return keep.reshape(scores.shape)
