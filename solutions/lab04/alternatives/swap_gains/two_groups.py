# alternative: per pair, only the two changed groups, with topk in float64
def swap_gains(weight: torch.Tensor, n: int, m: int) -> torch.Tensor:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() != 2:
        raise ValueError("weight must be 2-D")
    nm_mask(weight, n, m)
    magnitude = weight.detach().abs().to(torch.float64)
    cols = magnitude.shape[1]
    gains = torch.zeros(cols, cols, dtype=torch.float64)

    def top(block: torch.Tensor) -> torch.Tensor:
        return torch.topk(block, n, dim=1).values.sum()

    for i in range(cols):
        gi = i // m
        group_i = magnitude[:, gi * m : (gi + 1) * m]
        for j in range(cols):
            gj = j // m
            if gi == gj:
                continue
            group_j = magnitude[:, gj * m : (gj + 1) * m]
            new_i, new_j = group_i.clone(), group_j.clone()
            new_i[:, i % m], new_j[:, j % m] = magnitude[:, j], magnitude[:, i]
            gains[i, j] = top(new_i) + top(new_j) - top(group_i) - top(group_j)
    return gains.to(weight.dtype)
