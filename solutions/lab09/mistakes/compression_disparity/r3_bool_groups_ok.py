# mistake: bool groups accepted
# expect: TypeError
def compression_disparity(
    y_true: torch.Tensor, dense_pred: torch.Tensor, compressed_pred: torch.Tensor, groups: torch.Tensor
) -> dict[int, float]:
    n = None
    for name, t in [
        ("y_true", y_true),
        ("dense_pred", dense_pred),
        ("compressed_pred", compressed_pred),
        ("groups", groups),
    ]:
        validate_type(name, t, torch.Tensor)
        if (t.dtype == torch.bool and name != "groups") or t.is_floating_point() or t.is_complex():
            raise TypeError(f"{name} must be an integer tensor, got {t.dtype}")
        if t.dim() != 1:
            raise ValueError(f"{name} must be 1-D")
        if n is None:
            n = t.shape[0]
            if n == 0:
                raise ValueError("y_true must not be empty")
        elif t.shape[0] != n:
            raise ValueError(f"{name} must have {n} entries")
    dense_hit = (dense_pred == y_true).double()
    compressed_hit = (compressed_pred == y_true).double()
    result = {}
    for g in torch.unique(groups).tolist():
        rows = groups == g
        result[int(g)] = float(dense_hit[rows].mean()) - float(compressed_hit[rows].mean())
    return result
