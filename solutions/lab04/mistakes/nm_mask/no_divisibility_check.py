# mistake: does not check that m divides the input dimension
# expect: ValueError
def nm_mask(weight: torch.Tensor, n: int, m: int) -> torch.Tensor:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() not in (2, 4) or not weight.dtype.is_floating_point:
        raise ValueError(f"weight must be a 2-D or 4-D floating tensor, got {weight.dim()}-D {weight.dtype}")
    n, m = validate_int("n", n, 0), validate_int("m", m, 1)
    if n > m:
        raise ValueError(f"need n <= m and m dividing weight.shape[1] = {weight.shape[1]}, got n={n}, m={m}")
    magnitude = weight.detach().abs()
    if weight.dim() == 4:
        magnitude = magnitude.permute(0, 2, 3, 1)  # (K, R, S, C): each group runs along C
    groups = magnitude.reshape(math.prod(magnitude.shape[:-1]), magnitude.shape[-1] // m, m)
    # A stable ascending sort puts the lower index of equal magnitudes first: it is among the m - n pruned.
    order = torch.sort(groups, dim=-1, stable=True).indices
    kept = torch.zeros(groups.shape, dtype=torch.bool, device=weight.device).scatter_(-1, order[..., m - n :], True)
    kept = kept.reshape(magnitude.shape)
    return kept.permute(0, 3, 1, 2).contiguous() if weight.dim() == 4 else kept
