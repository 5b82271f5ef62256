# alternative: np.unique of the ids and integer row indices from nonzero
def group_metric(metric, y_true, y_pred, groups, sample_weight=None):
    if not callable(metric):
        raise TypeError("metric must be callable")
    if not isinstance(y_true, torch.Tensor):
        raise TypeError("y_true must be a tensor")
    if y_true.ndim < 1 or len(y_true) < 1:
        raise ValueError("y_true needs rows")
    if not isinstance(y_pred, torch.Tensor):
        raise TypeError("y_pred must be a tensor")
    if y_pred.ndim < 1 or len(y_pred) != len(y_true):
        raise ValueError("y_pred rows")
    if not isinstance(groups, torch.Tensor):
        raise TypeError("groups must be a tensor")
    if groups.dtype == torch.bool or torch.is_floating_point(groups) or torch.is_complex(groups):
        raise TypeError("groups must be integer")
    if groups.ndim != 1 or len(groups) != len(y_true):
        raise ValueError("groups shape")
    if sample_weight is not None:
        if not isinstance(sample_weight, torch.Tensor):
            raise TypeError("sample_weight must be a tensor")
        if sample_weight.ndim != 1 or len(sample_weight) != len(y_true):
            raise ValueError("sample_weight shape")
    ids = groups.cpu().numpy().astype(np.int64)
    out = {}
    for g in np.unique(ids):
        idx = torch.nonzero(groups == int(g)).flatten()
        args = [y_true[idx], y_pred[idx]]
        if sample_weight is not None:
            args.append(sample_weight[idx])
        out[int(g)] = float(metric(*args))
    return out
