# alternative: loops over pairs, recomputing only the two groups (weight's dtype)
def swap_gains(weight: torch.Tensor, n: int, m: int) -> torch.Tensor:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() != 2 or not weight.dtype.is_floating_point:
        raise ValueError("weight must be 2-D floating")
    n = validate_int("n", n, minimum=0)
    m = validate_int("m", m, minimum=1)
    if n > m:
        raise ValueError("n > m")
    if weight.shape[1] % m:
        raise ValueError("not divisible")
    a = weight.detach().abs()
    cols = a.shape[1]
    out = torch.zeros(cols, cols, dtype=weight.dtype, device=weight.device)

    def top(x):
        return torch.sort(x, dim=1, descending=True).values[:, :n].sum(1)

    for i in range(cols):
        gi = i // m
        for j in range(cols):
            gj = j // m
            if gi == gj:
                continue
            A = a[:, gi * m : (gi + 1) * m].clone()
            B = a[:, gj * m : (gj + 1) * m].clone()
            A[:, i - gi * m] = a[:, j]
            B[:, j - gj * m] = a[:, i]
            before = top(a[:, gi * m : (gi + 1) * m]) + top(a[:, gj * m : (gj + 1) * m])
            out[i, j] = (top(A) + top(B) - before).sum()
    return out
