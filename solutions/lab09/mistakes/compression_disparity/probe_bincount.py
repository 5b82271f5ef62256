# mistake: per-group counts with bincount (fails on negative ids)
# expect: negative
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

    gl = groups.long()
    size = torch.bincount(gl)
    d = torch.bincount(gl, weights=(dense_pred == y_true).double())
    c = torch.bincount(gl, weights=(compressed_pred == y_true).double())
    return {g: float((d[g] - c[g]) / size[g]) for g in range(len(size)) if size[g] > 0}
