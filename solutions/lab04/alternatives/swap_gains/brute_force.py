# alternative: swap every pair of columns for real and recompute the kept magnitude with a sort
def swap_gains(weight: torch.Tensor, n: int, m: int) -> torch.Tensor:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() != 2:
        raise ValueError("weight must be 2-D")
    nm_mask(weight, n, m)

    def kept(w: torch.Tensor) -> torch.Tensor:
        groups = w.reshape(w.shape[0], w.shape[1] // m, m)
        return torch.sort(groups, dim=-1).values[..., m - n :].sum()

    magnitude = weight.detach().abs().double()
    base = kept(magnitude)
    cols = magnitude.shape[1]
    gains = torch.zeros(cols, cols, dtype=torch.float64)
    for i in range(cols):
        for j in range(i + 1, cols):
            if i // m == j // m:
                continue
            swapped = magnitude.clone()
            swapped[:, [i, j]] = swapped[:, [j, i]]
            gains[i, j] = gains[j, i] = kept(swapped) - base
    return gains.to(weight.dtype)
