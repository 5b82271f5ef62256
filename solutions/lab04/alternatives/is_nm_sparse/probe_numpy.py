# alternative: numpy count_nonzero per group
def is_nm_sparse(weight: torch.Tensor, n: int, m: int) -> bool:
    if not isinstance(weight, torch.Tensor):
        raise TypeError("weight must be a tensor")
    if weight.ndim not in (2, 4) or not weight.is_floating_point():
        raise ValueError("bad weight")
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m or weight.shape[1] % m:
        raise ValueError("bad n/m")
    a = weight.detach().cpu().to(torch.float64).numpy()
    a = np.moveaxis(a, 1, -1)
    if a.size == 0:
        return True
    counts = np.count_nonzero(a.reshape(-1, m), axis=1)
    return bool(np.all(counts <= n))
