# mistake: returns True for n == m before checking divisibility
# expect: ValueError
def is_nm_sparse(weight: torch.Tensor, n: int, m: int) -> bool:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() not in (2, 4) or not weight.dtype.is_floating_point:
        raise ValueError("weight must be a 2-D or 4-D floating tensor")
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m:
        raise ValueError("n must be <= m")
    if n == m:
        return True
    if weight.shape[1] % m:
        raise ValueError("m must divide weight.shape[1]")
    nz = (weight.detach() != 0).movedim(1, -1)
    shape = nz.shape
    counts = nz.reshape(*shape[:-1], shape[-1] // m, m).sum(-1)
    return bool((counts <= n).all())
