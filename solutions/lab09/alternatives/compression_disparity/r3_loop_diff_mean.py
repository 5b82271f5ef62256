# alternative: mean of the per-row hit difference, group by group in sorted Python order
def compression_disparity(y_true, dense_pred, compressed_pred, groups):
    def check(name, t):
        validate_type(name, t, torch.Tensor)
        if t.dtype == torch.bool or t.dtype.is_floating_point or t.dtype.is_complex:
            raise TypeError(f"{name} must be an integer tensor")
        if t.dim() != 1:
            raise ValueError(f"{name} must be 1-D")

    check("y_true", y_true)
    if len(y_true) == 0:
        raise ValueError("y_true is empty")
    for name, t in (("dense_pred", dense_pred), ("compressed_pred", compressed_pred), ("groups", groups)):
        check(name, t)
        if len(t) != len(y_true):
            raise ValueError(f"{name}: wrong length")
    diff = (dense_pred == y_true).to(torch.float64) - (compressed_pred == y_true).to(torch.float64)
    out = {}
    for g in sorted(set(groups.tolist())):
        out[g] = diff[groups == g].mean().item()
    return out
