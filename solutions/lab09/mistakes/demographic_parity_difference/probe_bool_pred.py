# mistake: accepts a bool y_pred
# expect: TypeError
def demographic_parity_difference(y_true, y_pred, groups, *, sample_weight=None, method="between_groups"):

    def _labels(name, t, n):
        validate_type(name, t, torch.Tensor)
        if (t.dtype == torch.bool and name != "y_pred") or t.is_floating_point() or t.is_complex():
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

    w = torch.ones(n, dtype=torch.float64, device=y_pred.device) if sample_weight is None else sample_weight.double()
    sel = (y_pred == 1).double()
    rates = []
    for g in torch.unique(groups):
        m = groups == g
        rates.append(float((w[m] * sel[m]).sum() / w[m].sum()))
    if method == "between_groups":
        return max(rates) - min(rates)
    overall = float((w * sel).sum() / w.sum())
    return max(abs(r - overall) for r in rates)
