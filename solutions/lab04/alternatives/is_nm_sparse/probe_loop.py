# alternative: a Python loop over the groups with ~(x == 0)
def is_nm_sparse(weight: torch.Tensor, n: int, m: int) -> bool:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() not in (2, 4) or not weight.dtype.is_floating_point:
        raise ValueError("bad weight")
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m:
        raise ValueError("n > m")
    if weight.shape[1] % m:
        raise ValueError("not divisible")
    nz = ~(weight.detach() == 0)
    for g in range(weight.shape[1] // m):
        if (nz[:, g * m : (g + 1) * m].sum(1) > n).any():
            return False
    return True
