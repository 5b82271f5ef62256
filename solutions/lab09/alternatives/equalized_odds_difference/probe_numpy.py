# alternative: numpy float64, masks per group
def equalized_odds_difference(y_true, y_pred, groups, *, sample_weight=None, method="between_groups", agg="worst_case"):

    def _labels(name, t, n):
        validate_type(name, t, torch.Tensor)
        if t.dtype == torch.bool or t.is_floating_point() or t.is_complex():
            raise TypeError(f"{name} must be an integer tensor")
        if t.dim() != 1:
            raise ValueError(f"{name} must be 1-D")
        if n is None and t.shape[0] == 0:
            raise ValueError(f"{name} is empty")
        if n is not None and t.shape[0] != n:
            raise ValueError(f"{name} length")

    _labels("y_true", y_true, None)
    n = y_true.shape[0]
    if not bool(((y_true == 0) | (y_true == 1)).all()):
        raise ValueError("y_true must be 0/1")
    _labels("y_pred", y_pred, n)
    if not bool(((y_pred == 0) | (y_pred == 1)).all()):
        raise ValueError("y_pred must be 0/1")
    _labels("groups", groups, n)
    if sample_weight is not None:
        validate_type("sample_weight", sample_weight, torch.Tensor)
        if sample_weight.dtype == torch.bool or sample_weight.is_complex():
            raise TypeError("sample_weight dtype")
        if sample_weight.dim() != 1 or sample_weight.shape[0] != n:
            raise ValueError("sample_weight shape")
        if not bool((sample_weight > 0).all()):
            raise ValueError("weights must be > 0")
    validate_choice("method", method, ["between_groups", "to_overall"])
    validate_choice("agg", agg, ["worst_case", "mean"])

    yt, yp, g = y_true.cpu().numpy(), y_pred.cpu().numpy(), groups.cpu().numpy()
    w = np.ones(n) if sample_weight is None else sample_weight.cpu().double().numpy()

    def r(mask, label):
        d = np.sum(w[mask & (yt == label)])
        return 0.0 if d == 0 else np.sum(w[mask & (yt == label) & (yp == 1)]) / d

    ids = np.unique(g)
    tpr = np.array([r(g == k, 1) for k in ids])
    fpr = np.array([r(g == k, 0) for k in ids])
    if method == "between_groups":
        a, b = np.ptp(tpr), np.ptp(fpr)
    else:
        allm = np.ones(n, dtype=bool)
        a, b = np.max(np.abs(tpr - r(allm, 1))), np.max(np.abs(fpr - r(allm, 0)))
    return float(max(a, b)) if agg == "worst_case" else float((a + b) / 2)
