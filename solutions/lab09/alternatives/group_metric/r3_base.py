# alternative: plain version written from the docstring
def group_metric(
    metric: Callable[..., float],
    y_true: torch.Tensor,
    y_pred: torch.Tensor,
    groups: torch.Tensor,
    sample_weight: torch.Tensor | None = None,
) -> dict[int, float]:
    if not callable(metric):
        raise TypeError(f"metric must be callable, got {type(metric).__name__}")
    validate_type("y_true", y_true, torch.Tensor)
    if y_true.dim() == 0 or y_true.shape[0] == 0:
        raise ValueError("y_true must have at least one row")
    n = y_true.shape[0]
    validate_type("y_pred", y_pred, torch.Tensor)
    if y_pred.dim() == 0 or y_pred.shape[0] != n:
        raise ValueError("y_pred must have as many rows as y_true")
    validate_type("groups", groups, torch.Tensor)
    if groups.dtype == torch.bool or groups.is_floating_point() or groups.is_complex():
        raise TypeError(f"groups must have an integer dtype, got {groups.dtype}")
    if groups.dim() != 1 or groups.shape[0] != n:
        raise ValueError("groups must be 1-D with N entries")
    if sample_weight is not None:
        validate_type("sample_weight", sample_weight, torch.Tensor)
        if sample_weight.dim() != 1 or sample_weight.shape[0] != n:
            raise ValueError("sample_weight must be 1-D with N entries")
    result = {}
    for g in torch.unique(groups).tolist():
        rows = groups == g
        if sample_weight is None:
            value = metric(y_true[rows], y_pred[rows])
        else:
            value = metric(y_true[rows], y_pred[rows], sample_weight[rows])
        result[int(g)] = float(value)
    return result
