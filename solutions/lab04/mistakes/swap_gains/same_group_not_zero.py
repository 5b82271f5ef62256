# mistake: treats a swap inside one group as a change
# expect: same group
def swap_gains(weight: torch.Tensor, n: int, m: int) -> torch.Tensor:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() != 2:
        raise ValueError(f"weight must be 2-D, got shape {tuple(weight.shape)}")
    nm_mask(weight, n, m)  # the remaining checks, in nm_mask's order
    magnitude = weight.detach().abs().double()
    rows, cols = magnitude.shape
    groups = magnitude.reshape(rows, cols // m, m)
    kept = torch.topk(groups, n, dim=-1).values.sum(dim=(0, 2))  # (cols // m,): each group's kept magnitude
    # others[r, i]: the m - 1 other entries of column i's group in row r (column i = group * m + position).
    others = torch.stack([torch.cat([groups[..., :p], groups[..., p + 1 :]], dim=-1) for p in range(m)], dim=2)
    others = others.reshape(rows, cols, m - 1)
    # Putting |w| = v in column i's place keeps max(top n of the others, top n - 1 of the others + v).
    none = torch.full((rows, cols), -math.inf, dtype=torch.float64, device=weight.device)
    top_n = torch.topk(others, n, dim=-1).values.sum(dim=-1) if n <= m - 1 else none
    top_n_minus_1 = torch.topk(others, n - 1, dim=-1).values.sum(dim=-1) if n >= 1 else none
    new = torch.maximum(top_n[:, :, None], top_n_minus_1[:, :, None] + magnitude[:, None, :])  # (rows, i, j)
    gains = new.sum(dim=0) - kept.repeat_interleave(m)[:, None]  # change of i's group when column j moves in
    gains = gains + gains.T  # i's group changes by gains[i, j], j's group by gains[j, i]
    same = torch.arange(cols, device=weight.device) // m
    return gains.to(weight.dtype)
