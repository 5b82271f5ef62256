# alternative: one group of columns at a time, comparing the nonzero count with n
def is_nm_sparse(weight: torch.Tensor, n: int, m: int) -> bool:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() not in (2, 4) or not weight.dtype.is_floating_point:
        raise ValueError("weight must be a 2-D or 4-D floating tensor")
    n, m = validate_int("n", n, 0), validate_int("m", m, 1)
    if n > m or weight.shape[1] % m:
        raise ValueError("bad n or m")
    for start in range(0, weight.shape[1], m):
        count = (weight.detach()[:, start : start + m] != 0).sum(dim=1)
        if (count > n).any():
            return False
    return True
