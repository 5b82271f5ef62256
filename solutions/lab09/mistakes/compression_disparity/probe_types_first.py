# mistake: all type checks before shape checks (wrong precedence)
# expect: ValueError
def compression_disparity(y_true, dense_pred, compressed_pred, groups):

    for name, t in [
        ("y_true", y_true),
        ("dense_pred", dense_pred),
        ("compressed_pred", compressed_pred),
        ("groups", groups),
    ]:
        validate_type(name, t, torch.Tensor)
        if t.dtype == torch.bool or t.is_floating_point():
            raise TypeError(f"{name} must be an integer tensor")
    if y_true.dim() != 1 or y_true.shape[0] == 0:
        raise ValueError("y_true")
    n = y_true.shape[0]
    for name, t in [("dense_pred", dense_pred), ("compressed_pred", compressed_pred), ("groups", groups)]:
        if t.dim() != 1 or t.shape[0] != n:
            raise ValueError(name)

    dense_hit = (dense_pred == y_true).double()
    comp_hit = (compressed_pred == y_true).double()
    out = {}
    for g in torch.unique(groups).tolist():
        m = groups == g
        out[int(g)] = float(dense_hit[m].mean() - comp_hit[m].mean())
    return out
