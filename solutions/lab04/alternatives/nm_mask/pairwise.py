# alternative: ranks by pairwise comparisons (an entry is kept when fewer than n entries of its group beat it)
def nm_mask(weight: torch.Tensor, n: int, m: int) -> torch.Tensor:
    if not isinstance(weight, torch.Tensor):
        raise TypeError("weight must be a tensor")
    if weight.ndim not in (2, 4) or not torch.is_floating_point(weight):
        raise ValueError("weight must be a 2-D or 4-D floating tensor")
    for name, value in (("n", n), ("m", m)):
        if isinstance(value, bool) or not isinstance(value, numbers.Integral):
            raise TypeError(f"{name} must be an int")
        if value < (0 if name == "n" else 1):
            raise ValueError(f"{name} is out of range")
    if n > m or weight.shape[1] % m != 0:
        raise ValueError("need n <= m and m dividing the input dimension")
    w = weight.detach().movedim(1, -1) if weight.ndim == 4 else weight.detach()
    groups = w.abs().unflatten(-1, (w.shape[-1] // m, m))  # (..., groups, m)
    a, b = groups.unsqueeze(-1), groups.unsqueeze(-2)  # a[..., j, 0] is entry j, b[..., 0, k] is entry k
    index = torch.arange(m, device=weight.device)
    beats = (b > a) | ((b == a) & (index[None, :] > index[:, None]))  # entry k beats entry j
    kept = (beats.sum(dim=-1) < n).flatten(-2)
    return kept.movedim(-1, 1) if weight.ndim == 4 else kept
