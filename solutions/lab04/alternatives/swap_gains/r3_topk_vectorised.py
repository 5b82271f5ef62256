# alternative: fully vectorised with torch.topk on a (rows, cols, cols, m) tensor of candidate groups
def swap_gains(weight: torch.Tensor, n: int, m: int) -> torch.Tensor:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() != 2 or not weight.is_floating_point():
        raise ValueError(f"weight must be a 2-D floating tensor, got {weight.dim()}-D {weight.dtype}")
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m:
        raise ValueError(f"n must be <= m, got {n}:{m}")
    if weight.shape[1] % m:
        raise ValueError(f"m = {m} must divide weight.shape[1] = {weight.shape[1]}")
    a = weight.detach().abs()
    rows, cols = a.shape
    groups = a.reshape(rows, cols // m, m)
    base = groups.topk(n, dim=-1).values.sum(-1) if n else torch.zeros(rows, cols // m, dtype=a.dtype)
    own = groups.repeat_interleave(m, dim=1)  # (rows, cols, m): column i's group
    cand = own.unsqueeze(2).expand(rows, cols, cols, m).clone()  # [r, i, j]: i's group
    pos = torch.arange(cols) % m
    cand[:, torch.arange(cols), :, pos] = a.unsqueeze(1).expand(rows, cols, cols).permute(1, 0, 2)
    top = cand.topk(n, dim=-1).values.sum(-1) if n else torch.zeros(rows, cols, cols, dtype=a.dtype)
    delta = (top - base.repeat_interleave(m, dim=1).unsqueeze(-1)).sum(0)
    gains = delta + delta.T
    group = torch.arange(cols) // m
    return gains.masked_fill(group.view(-1, 1) == group.view(1, -1), 0)
