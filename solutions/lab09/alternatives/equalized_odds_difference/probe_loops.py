# alternative: plain Python loops over rows with float32 weights
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

    yt, yp, g = y_true.tolist(), y_pred.tolist(), groups.tolist()
    w = [1.0] * n if sample_weight is None else sample_weight.float().tolist()

    def r(rows, label):
        d = sum(w[i] for i in rows if yt[i] == label)
        return 0.0 if d == 0 else sum(w[i] for i in rows if yt[i] == label and yp[i] == 1) / d

    ids = sorted(set(g))
    tpr = [r([i for i in range(n) if g[i] == k], 1) for k in ids]
    fpr = [r([i for i in range(n) if g[i] == k], 0) for k in ids]
    if method == "between_groups":
        a, b = max(tpr) - min(tpr), max(fpr) - min(fpr)
    else:
        ot, of = r(range(n), 1), r(range(n), 0)
        a, b = max(abs(t - ot) for t in tpr), max(abs(f - of) for f in fpr)
    return float(max(a, b)) if agg == "worst_case" else float((a + b) / 2)
