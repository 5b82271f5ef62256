# alternative: ranks from a double stable argsort
def row_prune_mask(scores: torch.Tensor, sparsity: float) -> torch.Tensor:
    """Wanda's unstructured mask: in every row, prune exactly ``int(in_features * sparsity)`` lowest scores.

    The count is Python's ``int`` (truncation) of ``scores.shape[1] * sparsity``, multiplied in that order. Each row
    is sorted on its own with a stable ascending sort: among equal scores the lower column index is pruned first.

    Args:
        scores: ``(out_features, in_features)`` floating-point scores (any floating dtype; zero rows allowed);
            not modified.
        sparsity: the fraction of each row to prune, a real number in ``[0, 1]`` (an int 0 or 1 means 0.0 or 1.0).

    Returns:
        A new ``torch.bool`` tensor of ``scores``' shape and device, True where the weight is kept.

    Raises:
        TypeError: if ``scores`` is not a floating-point tensor, or ``sparsity`` is not a real number (a bool is not).
        ValueError: if ``scores`` is not 2-D, or ``sparsity`` is outside ``[0, 1]`` (NaN included).
    """
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    sparsity = validate_fraction("sparsity", sparsity)
    count = int(scores.shape[1] * sparsity)
    order = torch.argsort(scores.detach(), dim=1, stable=True)
    rank = torch.argsort(order, dim=1, stable=True)  # rank[i, j]: position of column j in row i's ascending order
    return rank >= count
