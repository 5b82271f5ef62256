# alternative: pure loops over rows and groups with sorted() on (|w|, index) keys, indexes via torch
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
    mask = torch.zeros(weight.shape, dtype=torch.bool, device=weight.device)
    if weight.device.type == "meta":
        return mask
    w = weight.detach().abs().to(torch.float64 if weight.dtype != torch.float64 else weight.dtype).cpu()
    if weight.dim() == 2:
        lines = [(r,) for r in range(w.shape[0])]
    else:
        lines = [
            (k, slice(None), r, s) for k in range(w.shape[0]) for r in range(w.shape[2]) for s in range(w.shape[3])
        ]
    host = torch.zeros(weight.shape, dtype=torch.bool)
    for line in lines:
        values = w[line].tolist()
        kept = host[line]
        for g in range(len(values) // m):
            idx = range(g * m, (g + 1) * m)
            ranked = sorted(idx, key=lambda i: (values[i], i))
            for i in ranked[m - n :]:
                kept[i] = True
    return host.to(weight.device)
