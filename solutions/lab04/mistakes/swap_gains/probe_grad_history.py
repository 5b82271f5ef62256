# mistake: keeps autograd history (no detach) when the weight requires grad
# expect: autograd
def swap_gains(weight: torch.Tensor, n: int, m: int) -> torch.Tensor:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() != 2 or not weight.dtype.is_floating_point:
        raise ValueError("weight must be a 2-D floating tensor")
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m:
        raise ValueError("n must be <= m")
    if weight.shape[1] % m:
        raise ValueError("m must divide weight.shape[1]")
    a = weight.abs()
    rows, cols = a.shape
    group = torch.arange(cols) // m
    pos = torch.arange(cols) % m
    groups = a.reshape(rows, cols // m, m)

    def top_sum(x):
        return x.sort(dim=-1).values[..., m - n :].sum(-1)

    kept = top_sum(groups)  # (rows, G)
    own = groups[:, group, :]  # (rows, i, m): the group of column i
    cand = own.unsqueeze(2).expand(rows, cols, cols, m).clone()  # [r, i, j, :]
    cand[:, torch.arange(cols), :, pos] = a.unsqueeze(1).expand(rows, cols, cols).permute(1, 0, 2)
    change = (top_sum(cand) - kept[:, group].unsqueeze(2)).sum(0)  # (i, j)
    gains = change + change.T
    gains[group.unsqueeze(1) == group.unsqueeze(0)] = 0
    return gains
