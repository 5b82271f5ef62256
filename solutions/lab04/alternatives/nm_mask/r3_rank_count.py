# alternative: counts, for each weight, the group members it beats (larger |w|, or equal |w| at a lower index); kept when it beats at least m - n
def nm_mask(weight: torch.Tensor, n: int, m: int) -> torch.Tensor:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() not in (2, 4) or not weight.is_floating_point():
        raise ValueError(f"weight must be a 2-D or 4-D floating tensor, got {weight.dim()}-D {weight.dtype}")
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m:
        raise ValueError(f"n must be <= m, got {n}:{m}")
    if weight.shape[1] % m:
        raise ValueError(f"m = {m} must divide weight.shape[1] = {weight.shape[1]}")
    a = weight.detach().abs()
    if weight.dim() == 4:
        a = a.transpose(1, 3)  # (K, S, R, C)
    g = a.reshape(*a.shape[:-1], a.shape[-1] // m, m)
    idx = torch.arange(m, device=weight.device)
    x, y = g.unsqueeze(-1), g.unsqueeze(-2)  # x: this weight, y: another
    beats = (x > y) | ((x == y) & (idx.view(m, 1) > idx.view(1, m)))
    mask = (beats.sum(-1) >= m - n).reshape(a.shape)
    if weight.dim() == 4:
        mask = mask.transpose(1, 3)
    return mask.contiguous()
