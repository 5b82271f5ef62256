# mistake: returns True where pruned
# expect: mark pruned weights True
def nm_prune_mask(scores: torch.Tensor, n: int, m: int) -> torch.Tensor:
    """N:M mask: in every row, in each group of ``m`` consecutive columns, keep the ``n`` highest scores.

    Groups are columns ``[0, m)``, ``[m, 2m)``, ... of each row. The ``m - n`` lowest scores of a group are pruned;
    among equal scores the lower column index is pruned first (a stable ascending sort within the group).

    Args:
        scores: ``(out_features, in_features)`` floating-point scores (zero rows allowed); not modified.
        n: weights KEPT per group, an int in ``[0, m]``.
        m: group size, an int >= 1; ``in_features`` must be a multiple of ``m``.

    Returns:
        A new ``torch.bool`` tensor of ``scores``' shape and device, True where the weight is kept.

    Raises:
        TypeError: if ``scores`` is not a floating-point tensor, or ``n`` or ``m`` is not an int (a bool is not).
        ValueError: if ``scores`` is not 2-D, ``n < 0``, ``m < 1``, and then (after all three arguments passed
            these checks) if ``n > m`` or ``in_features`` is not a multiple of ``m``.
    """
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError(f"scores must be a floating-point tensor, got {scores.dtype}")
    if scores.dim() != 2:
        raise ValueError(f"scores must be 2-D, got shape {tuple(scores.shape)}")
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m or scores.shape[1] % m:
        raise ValueError(f"need n <= m and in_features a multiple of m; got n={n}, m={m}, {scores.shape[1]} columns")
    groups = scores.detach().reshape(scores.shape[0], scores.shape[1] // m, m)
    lowest = torch.sort(groups, dim=2, stable=True).indices[:, :, : m - n]
    keep = torch.zeros(groups.shape, dtype=torch.bool, device=scores.device).scatter(2, lowest, True)
    return keep.reshape(scores.shape)
