# mistake: replaces NaN by 1 in place to count it as nonzero: the caller's weight is modified
# expect: unchanged
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
    w = weight.detach()
    w[torch.isnan(w)] = 1.0
    nonzero = w != 0
    if weight.dim() == 4:
        nonzero = nonzero.permute(0, 2, 3, 1)
    counts = nonzero.reshape(*nonzero.shape[:-1], nonzero.shape[-1] // m, m).sum(-1)
    return bool((counts <= n).all())
