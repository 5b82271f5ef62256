# alternative: a stable sort of the ids, then split into consecutive runs
def group_metric(metric, y_true, y_pred, groups, sample_weight=None):
    if not callable(metric):
        raise TypeError("metric must be callable")
    validate_type("y_true", y_true, torch.Tensor)
    if y_true.dim() == 0 or y_true.size(0) == 0:
        raise ValueError("y_true must have rows")
    validate_type("y_pred", y_pred, torch.Tensor)
    if y_pred.dim() == 0 or y_pred.size(0) != y_true.size(0):
        raise ValueError("y_pred must have N rows")
    validate_type("groups", groups, torch.Tensor)
    if groups.dtype == torch.bool or groups.is_floating_point() or groups.is_complex():
        raise TypeError("groups must be an integer tensor")
    if groups.dim() != 1 or groups.size(0) != y_true.size(0):
        raise ValueError("groups must be 1-D of length N")
    if sample_weight is not None:
        validate_type("sample_weight", sample_weight, torch.Tensor)
        if sample_weight.dim() != 1 or sample_weight.size(0) != y_true.size(0):
            raise ValueError("sample_weight must be 1-D of length N")
    ids, order = torch.sort(groups.long(), stable=True)
    keys, counts = torch.unique_consecutive(ids, return_counts=True)
    result = {}
    for key, rows in zip(keys.tolist(), torch.split(order, counts.tolist())):
        extra = () if sample_weight is None else (sample_weight[rows],)
        result[int(key)] = float(metric(y_true[rows], y_pred[rows], *extra))
    return result
