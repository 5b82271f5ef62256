# mistake: returns True where pruned
# expect: mark pruned weights True
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
        raise TypeError(f"scores must be a floating-point tensor, got {scores.dtype}")
    if scores.dim() != 2:
        raise ValueError(f"scores must be 2-D, got shape {tuple(scores.shape)}")
    sparsity = validate_fraction("sparsity", sparsity)
    pruned_per_row = int(scores.shape[1] * sparsity)
    lowest = torch.sort(scores.detach(), dim=1, stable=True).indices[:, :pruned_per_row]
    keep = torch.zeros(scores.shape, dtype=torch.bool, device=scores.device)
    return keep.scatter(1, lowest, True)
