# mistake: writes the float64 weights back into the caller's tensor (normalised in place)
# expect: unchanged
def equalized_odds_difference(
    y_true: torch.Tensor,
    y_pred: torch.Tensor,
    groups: torch.Tensor,
    *,
    sample_weight: torch.Tensor | None = None,
    method: str = "between_groups",
    agg: str = "worst_case",
) -> float:
    def integer(name, t):
        validate_type(name, t, torch.Tensor)
        if t.dtype == torch.bool or t.is_floating_point() or t.is_complex():
            raise TypeError(f"{name} must be an integer tensor, got {t.dtype}")
        if t.dim() != 1:
            raise ValueError(f"{name} must be 1-D")

    integer("y_true", y_true)
    n = y_true.shape[0]
    if n == 0:
        raise ValueError("y_true must not be empty")
    if ((y_true != 0) & (y_true != 1)).any():
        raise ValueError("y_true must hold 0 and 1 only")
    integer("y_pred", y_pred)
    if y_pred.shape[0] != n:
        raise ValueError("y_pred must have N entries")
    if ((y_pred != 0) & (y_pred != 1)).any():
        raise ValueError("y_pred must hold 0 and 1 only")
    integer("groups", groups)
    if groups.shape[0] != n:
        raise ValueError("groups must have N entries")
    if sample_weight is not None:
        validate_type("sample_weight", sample_weight, torch.Tensor)
        if sample_weight.dtype == torch.bool or sample_weight.is_complex():
            raise TypeError("sample_weight must be a real tensor")
        if sample_weight.dim() != 1 or sample_weight.shape[0] != n:
            raise ValueError("sample_weight must be 1-D with N entries")
        if not (sample_weight > 0).all():
            raise ValueError("weights must be > 0")
    validate_choice("method", method, ["between_groups", "to_overall"])
    validate_choice("agg", agg, ["worst_case", "mean"])
    if sample_weight is not None and sample_weight.dtype == torch.float64:
        sample_weight.div_(sample_weight.max())
    w = torch.ones(n, dtype=torch.float64) if sample_weight is None else sample_weight.double()
    hit = (y_pred == 1).double()

    def rate(rows, label):
        den = (w * rows * (y_true == label)).sum()
        num = (w * rows * (y_true == label) * hit).sum()
        return float(num / den) if den > 0 else 0.0

    def gap(label):
        everyone = torch.ones(n, dtype=torch.float64)
        values = [rate((groups == g).double(), label) for g in torch.unique(groups)]
        if method == "between_groups":
            return max(values) - min(values)
        overall = rate(everyone, label)
        return max(abs(v - overall) for v in values)

    tpr_gap, fpr_gap = gap(1), gap(0)
    return float(max(tpr_gap, fpr_gap) if agg == "worst_case" else (tpr_gap + fpr_gap) / 2)
