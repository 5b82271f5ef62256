# alternative: no sort: an entry is kept when fewer than n entries of its group beat it (larger, or equal at a higher index)
def nm_mask(weight: torch.Tensor, n: int, m: int) -> torch.Tensor:
    if not isinstance(weight, torch.Tensor):
        raise TypeError("weight must be a tensor")
    if weight.ndim not in (2, 4) or not torch.is_floating_point(weight):
        raise ValueError("weight must be a 2-D or 4-D floating tensor")
    for name, value, low in (("n", n, 0), ("m", m, 1)):
        if isinstance(value, bool) or not isinstance(value, numbers.Integral):
            raise TypeError(f"{name} must be an int")
        if value < low:
            raise ValueError(f"{name} too small")
    n, m = int(n), int(m)
    if n > m:
        raise ValueError("n > m")
    if weight.shape[1] % m != 0:
        raise ValueError("not divisible")
    with torch.no_grad():
        a = weight.abs().transpose(1, -1)  # (..., C), C last
        g = a.unflatten(-1, (a.shape[-1] // m, m))
        x = g.unsqueeze(-1)  # candidate at j
        y = g.unsqueeze(-2)  # others at k
        idx = torch.arange(m, device=weight.device)
        higher = idx.view(1, m) > idx.view(m, 1)  # [j, k]: k > j
        beats = (y > x) | ((y == x) & higher)
        keep = beats.sum(-1) < n
        return keep.flatten(-2).transpose(1, -1).clone(memory_format=torch.contiguous_format)
