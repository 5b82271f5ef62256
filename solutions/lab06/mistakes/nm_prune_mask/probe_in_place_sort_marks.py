# mistake: writes -inf into the kept scores through a detached view (modifies scores)
# expect: unchanged
def nm_prune_mask(scores, n, m):
    validate_type("scores", scores, torch.Tensor)
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
    groups.scatter_(2, low, float("-inf"))
    return (groups != float("-inf")).reshape(scores.shape)
