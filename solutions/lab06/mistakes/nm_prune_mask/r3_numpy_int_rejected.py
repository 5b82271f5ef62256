# mistake: accepts only Python ints for n and m (numpy integers raise TypeError)
# expect: flattened
def nm_prune_mask(scores: torch.Tensor, n: int, m: int) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating-point")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    if type(n) is not int:
        raise TypeError("n must be an int")
    if n < 0:
        raise ValueError("n must be >= 0")
    if type(m) is not int:
        raise TypeError("m must be an int")
    if m < 1:
        raise ValueError("m must be >= 1")
    if n > m:
        raise ValueError("n must be <= m")
    rows, cols = scores.shape
    if cols % m != 0:
        raise ValueError("in_features must be a multiple of m")
    groups = scores.detach().reshape(rows, cols // m, m)
    order = torch.sort(groups, dim=2, stable=True).indices
    mask = torch.ones(groups.shape, dtype=torch.bool, device=scores.device)
    mask.scatter_(2, order[:, :, : m - n], False)
    return mask.reshape(rows, cols)
