# alternative: swaps the two columns for real and recomputes the kept magnitude of the whole weight, in float64, cast back
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
    a = weight.detach().abs().double()
    cols = a.shape[1]

    def kept(x):
        g = x.reshape(x.shape[0], cols // m, m)
        return torch.sort(g, dim=-1).values[..., m - n :].sum()

    base = kept(a)
    gains = torch.zeros(cols, cols, dtype=torch.float64)
    for i in range(cols):
        for j in range(i + 1, cols):
            if i // m == j // m:
                continue
            b = a.clone()
            b[:, [i, j]] = b[:, [j, i]]
            gains[i, j] = gains[j, i] = kept(b) - base
    return gains.to(weight.dtype)
