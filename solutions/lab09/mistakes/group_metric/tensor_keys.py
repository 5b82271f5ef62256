# mistake: keys are 0-d tensors, not Python ints
# expect: Python ints
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
    if y_true.dim() == 0 or len(y_true) == 0:
        raise ValueError("y_true must have at least one row")
    validate_type("y_pred", y_pred, torch.Tensor)
    if y_pred.dim() == 0 or len(y_pred) != len(y_true):
        raise ValueError(f"y_pred must have {len(y_true)} rows like y_true")
    validate_type("groups", groups, torch.Tensor)
    if groups.dtype == torch.bool or groups.dtype.is_floating_point or groups.dtype.is_complex:
        raise TypeError(f"groups must be an integer tensor, got {groups.dtype}")
    if groups.dim() != 1 or len(groups) != len(y_true):
        raise ValueError(f"groups must be 1-D with {len(y_true)} entries")
    if sample_weight is not None:
        validate_type("sample_weight", sample_weight, torch.Tensor)
        if sample_weight.dim() != 1 or len(sample_weight) != len(y_true):
            raise ValueError(f"sample_weight must be 1-D with {len(y_true)} entries")
    values = {}
    for group in torch.unique(groups):
        rows = (groups == group).nonzero().flatten()
        weights = () if sample_weight is None else (sample_weight[rows],)
        values[group] = float(metric(y_true[rows], y_pred[rows], *weights))
    return values
