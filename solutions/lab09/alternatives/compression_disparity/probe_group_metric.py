# alternative: two group_metric calls with the setup's accuracy
def compression_disparity(y_true, dense_pred, compressed_pred, groups):

    n = None
    for name, t in [
        ("y_true", y_true),
        ("dense_pred", dense_pred),
        ("compressed_pred", compressed_pred),
        ("groups", groups),
    ]:
        validate_type(name, t, torch.Tensor)
        if t.dtype == torch.bool or t.is_floating_point() or t.is_complex():
            raise TypeError(f"{name} must be an integer tensor")
        if t.dim() != 1:
            raise ValueError(f"{name} must be 1-D")
        if n is None:
            if t.shape[0] == 0:
                raise ValueError("y_true is empty")
            n = t.shape[0]
        elif t.shape[0] != n:
            raise ValueError(f"{name} length")

    before = group_metric(accuracy, y_true, dense_pred, groups)
    after = group_metric(accuracy, y_true, compressed_pred, groups)
    return {g: before[g] - after[g] for g in before}
