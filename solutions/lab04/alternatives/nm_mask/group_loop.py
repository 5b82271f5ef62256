# alternative: one group at a time, keeping the last n of a stable argsort in float64
def nm_mask(weight: torch.Tensor, n: int, m: int) -> torch.Tensor:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() not in (2, 4):
        raise ValueError("weight must be 2-D or 4-D")
    if not weight.is_floating_point():
        raise ValueError("weight must be floating")
    n = validate_int("n", n, 0)
    m = validate_int("m", m, 1)
    if n > m:
        raise ValueError("n > m")
    if weight.shape[1] % m:
        raise ValueError("m must divide the input dimension")
    magnitude = weight.detach().double().abs()
    mask = torch.zeros(weight.shape, dtype=torch.bool, device=weight.device)
    for start in range(0, weight.shape[1], m):
        group = magnitude[:, start : start + m]  # (out, m) or (K, m, R, S)
        order = torch.argsort(group, dim=1, stable=True)
        keep = torch.zeros_like(group, dtype=torch.bool).scatter_(1, order[:, m - n :], True)
        mask[:, start : start + m] = keep
    return mask
