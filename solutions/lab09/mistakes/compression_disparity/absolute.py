# mistake: absolute drop
# expect: absolute drop
def compression_disparity(
    y_true: torch.Tensor, dense_pred: torch.Tensor, compressed_pred: torch.Tensor, groups: torch.Tensor
) -> dict[int, float]:
    n = None
    for name, value in (
        ("y_true", y_true),
        ("dense_pred", dense_pred),
        ("compressed_pred", compressed_pred),
        ("groups", groups),
    ):
        validate_type(name, value, torch.Tensor)
        if value.dtype == torch.bool or value.dtype.is_floating_point or value.dtype.is_complex:
            raise TypeError(f"{name} must be an integer tensor, got {value.dtype}")
        if value.dim() != 1 or len(value) == 0 or (n is not None and len(value) != n):
            raise ValueError(f"{name} must be a non-empty 1-D tensor of the same length as y_true")
        n = len(value)
    before = group_metric(accuracy, y_true, dense_pred, groups)
    after = group_metric(accuracy, y_true, compressed_pred, groups)
    return {g: abs(before[g] - after[g]) for g in before}
