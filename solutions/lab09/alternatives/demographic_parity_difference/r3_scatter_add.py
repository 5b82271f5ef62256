# alternative: index_add per group id with float64 sums, validation via helper loops
def demographic_parity_difference(y_true, y_pred, groups, *, sample_weight=None, method="between_groups"):
    for name, t in (("y_true", y_true), ("y_pred", y_pred), ("groups", groups)):
        if not isinstance(t, torch.Tensor):
            raise TypeError(f"{name} must be a tensor")
        if t.dtype == torch.bool or torch.is_floating_point(t) or torch.is_complex(t):
            raise TypeError(f"{name} must be integer")
        if t.ndim != 1:
            raise ValueError(f"{name} must be 1-D")
        if name == "y_true" and len(t) == 0:
            raise ValueError("y_true is empty")
        if len(t) != len(y_true):
            raise ValueError(f"{name} has the wrong length")
        if name != "groups" and not ((t == 0) | (t == 1)).all():
            raise ValueError(f"{name} must be 0/1")
    if sample_weight is not None:
        if not isinstance(sample_weight, torch.Tensor):
            raise TypeError("sample_weight must be a tensor")
        if sample_weight.dtype == torch.bool or torch.is_complex(sample_weight):
            raise TypeError("sample_weight must be real")
        if sample_weight.ndim != 1 or len(sample_weight) != len(y_true):
            raise ValueError("sample_weight has the wrong shape")
        if not bool((sample_weight > 0).all()):
            raise ValueError("sample_weight must be positive")
    if method not in ("between_groups", "to_overall"):
        raise ValueError("unknown method")
    w = torch.ones(len(y_true), dtype=torch.float64) if sample_weight is None else sample_weight.to(torch.float64)
    ids, inverse = torch.unique(groups, return_inverse=True)
    num = torch.zeros(len(ids), dtype=torch.float64).index_add(0, inverse, w * (y_pred == 1))
    den = torch.zeros(len(ids), dtype=torch.float64).index_add(0, inverse, w)
    rates = num / den
    if method == "between_groups":
        return float(rates.max() - rates.min())
    overall = (w * (y_pred == 1)).sum() / w.sum()
    return float((rates - overall).abs().max())
