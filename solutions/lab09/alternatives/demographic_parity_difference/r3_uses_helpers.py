# alternative: group_metric and metric_difference with a selection-rate metric
def demographic_parity_difference(y_true, y_pred, groups, *, sample_weight=None, method="between_groups"):
    def check(name, t, binary):
        validate_type(name, t, torch.Tensor)
        if t.dtype == torch.bool or t.dtype.is_floating_point or t.dtype.is_complex:
            raise TypeError(f"{name}: integer dtype needed")
        if t.dim() != 1:
            raise ValueError(f"{name} must be 1-D")
        if name != "y_true" and t.numel() != y_true.numel():
            raise ValueError(f"{name}: length differs")
        if binary and t.numel() and not bool(((t == 0) | (t == 1)).all()):
            raise ValueError(f"{name}: values must be 0 or 1")

    check("y_true", y_true, True)
    if y_true.numel() == 0:
        raise ValueError("y_true is empty")
    check("y_pred", y_pred, True)
    check("groups", groups, False)
    if sample_weight is not None:
        validate_type("sample_weight", sample_weight, torch.Tensor)
        if sample_weight.dtype in (torch.bool, torch.complex64, torch.complex128):
            raise TypeError("sample_weight: real dtype needed")
        if sample_weight.dim() != 1 or sample_weight.numel() != y_true.numel():
            raise ValueError("sample_weight shape")
        if not bool((sample_weight > 0).all()):
            raise ValueError("sample_weight must be > 0")
    validate_choice("method", method, ["between_groups", "to_overall"])

    def selection_rate(t, p, w=None):
        w = torch.ones(len(p), dtype=torch.float64) if w is None else w.double()
        return float((w * (p == 1).double()).sum() / w.sum())

    if sample_weight is None:
        by_group = group_metric(selection_rate, y_true, y_pred, groups)
        overall = selection_rate(y_true, y_pred)
    else:
        by_group = group_metric(selection_rate, y_true, y_pred, groups, sample_weight)
        overall = selection_rate(y_true, y_pred, sample_weight)
    return metric_difference(by_group, overall, method)
