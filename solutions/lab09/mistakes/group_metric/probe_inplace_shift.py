# mistake: shifts groups in place to make ids non-negative
# expect: unchanged
def group_metric(metric, y_true, y_pred, groups, sample_weight=None):

    if not callable(metric):
        raise TypeError("metric must be callable")
    validate_type("y_true", y_true, torch.Tensor)
    if y_true.dim() == 0 or y_true.shape[0] == 0:
        raise ValueError("y_true needs rows")
    n = y_true.shape[0]
    validate_type("y_pred", y_pred, torch.Tensor)
    if y_pred.dim() == 0 or y_pred.shape[0] != n:
        raise ValueError("y_pred rows")
    validate_type("groups", groups, torch.Tensor)
    if groups.dtype == torch.bool or groups.is_floating_point() or groups.is_complex():
        raise TypeError("groups must be integer")
    if groups.dim() != 1 or groups.shape[0] != n:
        raise ValueError("groups shape")
    if sample_weight is not None:
        validate_type("sample_weight", sample_weight, torch.Tensor)
        if sample_weight.dim() != 1 or sample_weight.shape[0] != n:
            raise ValueError("sample_weight shape")

    low = int(groups.min())
    groups -= low
    result = {}
    for g in torch.unique(groups).tolist():
        rows = (groups == g).nonzero().flatten()
        args = (
            (y_true[rows], y_pred[rows]) if sample_weight is None else (y_true[rows], y_pred[rows], sample_weight[rows])
        )
        result[int(g) + low] = float(metric(*args))
    return result
