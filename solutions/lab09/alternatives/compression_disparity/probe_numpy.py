# alternative: numpy counts of hits per group, difference of counts over size
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

    yt, d, c, g = (t.cpu().numpy().astype(np.int64) for t in (y_true, dense_pred, compressed_pred, groups))
    out = {}
    for k in np.unique(g):
        m = g == k
        out[int(k)] = float((np.sum(d[m] == yt[m]) - np.sum(c[m] == yt[m])) / np.sum(m))
    return out
