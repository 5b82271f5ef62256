# alternative: weighted confusion counts per group with index_add, NumPy for the gaps
def equalized_odds_difference(y_true, y_pred, groups, *, sample_weight=None, method="between_groups", agg="worst_case"):
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
    if agg not in ("worst_case", "mean"):
        raise ValueError("unknown agg")
    w = np.ones(len(y_true)) if sample_weight is None else sample_weight.double().numpy()
    t = y_true.numpy().astype(np.int64)
    p = y_pred.numpy().astype(np.int64)
    g = groups.numpy().astype(np.int64)

    def rates(mask):
        out = []
        for label in (1, 0):
            den = w[mask & (t == label)].sum()
            out.append(w[mask & (t == label) & (p == 1)].sum() / den if den > 0 else 0.0)
        return np.array(out)

    per_group = np.array([rates(g == k) for k in np.unique(g)])
    if method == "between_groups":
        gaps = per_group.max(axis=0) - per_group.min(axis=0)
    else:
        gaps = np.abs(per_group - rates(np.ones(len(t), dtype=bool))).max(axis=0)
    return float(gaps.max() if agg == "worst_case" else gaps.mean())
