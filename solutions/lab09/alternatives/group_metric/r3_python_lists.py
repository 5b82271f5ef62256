# alternative: Python lists of row indices per group, then sorted keys
def group_metric(metric, y_true, y_pred, groups, sample_weight=None):
    if not callable(metric):
        raise TypeError("metric must be callable")
    validate_type("y_true", y_true, torch.Tensor)
    if y_true.dim() == 0 or len(y_true) == 0:
        raise ValueError("y_true must have rows")
    validate_type("y_pred", y_pred, torch.Tensor)
    if y_pred.dim() == 0 or len(y_pred) != len(y_true):
        raise ValueError("y_pred must have N rows")
    validate_type("groups", groups, torch.Tensor)
    if groups.dtype == torch.bool or groups.dtype.is_floating_point or groups.dtype.is_complex:
        raise TypeError("groups must be an integer tensor")
    if groups.dim() != 1 or len(groups) != len(y_true):
        raise ValueError("groups must be 1-D of length N")
    if sample_weight is not None:
        validate_type("sample_weight", sample_weight, torch.Tensor)
        if sample_weight.dim() != 1 or len(sample_weight) != len(y_true):
            raise ValueError("sample_weight must be 1-D of length N")
    members = {}
    for i, g in enumerate(groups.tolist()):
        members.setdefault(g, []).append(i)
    result = {}
    for g in sorted(members):
        idx = torch.tensor(members[g], dtype=torch.long)
        if sample_weight is None:
            result[g] = float(metric(y_true[idx], y_pred[idx]))
        else:
            result[g] = float(metric(y_true[idx], y_pred[idx], sample_weight[idx]))
    return result
