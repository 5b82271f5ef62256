# mistake: groups a conv weight along its flattened last dimension instead of along C
# expect: along the input channels
def nm_mask(weight: torch.Tensor, n: int, m: int) -> torch.Tensor:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() not in (2, 4) or not weight.dtype.is_floating_point:
        raise ValueError(f"weight must be a 2-D or 4-D floating tensor, got {weight.dim()}-D {weight.dtype}")
    n, m = validate_int("n", n, 0), validate_int("m", m, 1)
    if n > m or weight.shape[1] % m:
        raise ValueError(f"need n <= m and m dividing weight.shape[1] = {weight.shape[1]}, got n={n}, m={m}")
    magnitude = weight.detach().abs()
    if weight.dim() == 4:
        magnitude = magnitude.reshape(weight.shape[0], -1)  # a conv weight as a (K, C*R*S) matrix
    groups = magnitude.reshape(math.prod(magnitude.shape[:-1]), magnitude.shape[-1] // m, m)
    # A stable ascending sort puts the lower index of equal magnitudes first: it is among the m - n pruned.
    order = torch.sort(groups, dim=-1, stable=True).indices
    kept = torch.zeros(groups.shape, dtype=torch.bool, device=weight.device).scatter_(-1, order[..., m - n :], True)
    kept = kept.reshape(magnitude.shape)
    return kept.reshape(weight.shape)
