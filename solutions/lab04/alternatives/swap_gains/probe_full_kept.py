# alternative: brute force: kept(all of W after swap) - kept(W) for every pair, float64 then cast back
def swap_gains(weight: torch.Tensor, n: int, m: int) -> torch.Tensor:
    if not isinstance(weight, torch.Tensor):
        raise TypeError("weight must be a tensor")
    if weight.dim() != 2 or not weight.is_floating_point():
        raise ValueError("weight must be 2-D floating")
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m:
        raise ValueError("n > m")
    if weight.shape[1] % m:
        raise ValueError("not divisible")
    a = weight.detach().to(torch.float64).abs()
    cols = a.shape[1]

    def kept(x):
        g = x.reshape(x.shape[0], x.shape[1] // m, m)
        return float(torch.topk(g, n, dim=-1).values.sum()) if n and x.numel() else 0.0

    base = kept(a)
    out = torch.zeros(cols, cols, dtype=torch.float64)
    for i in range(cols):
        for j in range(i + 1, cols):
            if i // m == j // m:
                continue
            p = list(range(cols))
            p[i], p[j] = j, i
            out[i, j] = out[j, i] = kept(a[:, p]) - base
    return out.to(weight.dtype)
