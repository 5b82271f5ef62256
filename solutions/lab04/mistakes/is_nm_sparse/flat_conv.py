# mistake: groups a conv weight along its flattened last dimension
# expect: along the input channels
def is_nm_sparse(weight: torch.Tensor, n: int, m: int) -> bool:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() not in (2, 4) or not weight.dtype.is_floating_point:
        raise ValueError(f"weight must be a 2-D or 4-D floating tensor, got {weight.dim()}-D {weight.dtype}")
    n, m = validate_int("n", n, 0), validate_int("m", m, 1)
    if n > m or weight.shape[1] % m:
        raise ValueError(f"need n <= m and m dividing weight.shape[1] = {weight.shape[1]}, got n={n}, m={m}")
    nonzero = weight.detach() != 0
    if weight.dim() == 4:
        nonzero = nonzero.reshape(weight.shape[0], -1)
    groups = nonzero.reshape(math.prod(nonzero.shape[:-1]), nonzero.shape[-1] // m, m)
    return bool((groups.sum(dim=-1) <= n).all())
