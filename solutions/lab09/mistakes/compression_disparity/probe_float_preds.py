# mistake: accepts floating predictions (dtype checked for y_true only)
# expect: TypeError
def compression_disparity(y_true, dense_pred, compressed_pred, groups):

    n = None
    for name, t in [
        ("y_true", y_true),
        ("dense_pred", dense_pred),
        ("compressed_pred", compressed_pred),
        ("groups", groups),
    ]:
        validate_type(name, t, torch.Tensor)
        if name == "y_true" and (t.dtype == torch.bool or t.is_floating_point() or t.is_complex()):
            raise TypeError(f"{name} must be an integer tensor")
        if t.dim() != 1:
            raise ValueError(f"{name} must be 1-D")
        if n is None:
            if t.shape[0] == 0:
                raise ValueError("y_true is empty")
            n = t.shape[0]
        elif t.shape[0] != n:
            raise ValueError(f"{name} length")

    dense_hit = (dense_pred == y_true).double()
    comp_hit = (compressed_pred == y_true).double()
    out = {}
    for g in torch.unique(groups).tolist():
        m = groups == g
        out[int(g)] = float(dense_hit[m].mean() - comp_hit[m].mean())
    return out
