# alternative: numpy count_nonzero per group after moving C last, in float64
def is_nm_sparse(weight: torch.Tensor, n: int, m: int) -> bool:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() not in (2, 4) or not weight.is_floating_point():
        raise ValueError(f"weight must be a 2-D or 4-D floating tensor, got {weight.dim()}-D {weight.dtype}")
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m:
        raise ValueError(f"n must be <= m, got {n}:{m}")
    if weight.shape[1] % m:
        raise ValueError(f"m = {m} must divide weight.shape[1] = {weight.shape[1]}")
    w = weight.detach().cpu()
    if w.dtype == torch.bfloat16:
        w = w.float()
    a = w.numpy()
    if a.ndim == 4:
        a = np.moveaxis(a, 1, -1)
    if a.size == 0:
        return True
    groups = a.reshape(-1, m)
    return bool((np.count_nonzero(groups, axis=1) <= n).all())
