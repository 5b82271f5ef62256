# mistake: checks divisibility with assert: AssertionError instead of ValueError
# expect: ValueError
def nm_prune_mask(scores, n, m):
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m:
        raise ValueError("n > m")
    assert scores.shape[1] % m == 0, "not a multiple"
    groups = scores.detach().reshape(scores.shape[0], scores.shape[1] // m, m)
    low = torch.sort(groups, dim=2, stable=True).indices[:, :, : m - n]
    keep = torch.ones(groups.shape, dtype=torch.bool, device=scores.device).scatter(2, low, False)
    return keep.reshape(scores.shape)
