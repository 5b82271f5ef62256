# mistake: always between groups
# expect: between_groups whatever
def demographic_parity_difference(
    y_true: torch.Tensor,
    y_pred: torch.Tensor,
    groups: torch.Tensor,
    *,
    sample_weight: torch.Tensor | None = None,
    method: str = "between_groups",
) -> float:
    n = None
    for name, value in (("y_true", y_true), ("y_pred", y_pred), ("groups", groups)):
        validate_type(name, value, torch.Tensor)
        if value.dtype == torch.bool or value.dtype.is_floating_point or value.dtype.is_complex:
            raise TypeError(f"{name} must be an integer tensor, got {value.dtype}")
        if value.dim() != 1 or len(value) == 0 or (n is not None and len(value) != n):
            raise ValueError(f"{name} must be a non-empty 1-D tensor of the same length as y_true")
        if name != "groups" and not bool(((value == 0) | (value == 1)).all()):
            raise ValueError(f"{name} must hold only 0 and 1")
        n = len(value)
    if sample_weight is not None:
        validate_type("sample_weight", sample_weight, torch.Tensor)
        if sample_weight.dtype == torch.bool or sample_weight.dtype.is_complex:
            raise TypeError(f"sample_weight must be real, got {sample_weight.dtype}")
        if sample_weight.dim() != 1 or len(sample_weight) != n or not bool((sample_weight > 0).all()):
            raise ValueError("sample_weight must be 1-D, as long as y_true, and positive")
    validate_choice("method", method, ["between_groups", "to_overall"])
    weights = torch.ones(n, dtype=torch.float64) if sample_weight is None else sample_weight.double()

    def selection_rate(t, p, sample_weight):  # y_true (t) plays no part
        return float((sample_weight * (p == 1)).sum() / sample_weight.sum())

    rates = group_metric(selection_rate, y_true, y_pred, groups, weights)
    return metric_difference(rates, selection_rate(y_true, y_pred, weights))
