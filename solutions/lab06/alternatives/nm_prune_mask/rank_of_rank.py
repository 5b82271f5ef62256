# alternative: ranks within groups from a double stable argsort
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
        raise TypeError("scores must be floating")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m or scores.shape[1] % m:
        raise ValueError("bad n, m")
    groups = scores.detach().reshape(scores.shape[0], scores.shape[1] // m, m)
    rank = torch.argsort(torch.argsort(groups, dim=-1, stable=True), dim=-1, stable=True)
    return (rank >= m - n).reshape(scores.shape)
