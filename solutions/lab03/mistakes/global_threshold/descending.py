# mistake: sorts in descending order
# expect: descending
def global_threshold(scales: Mapping[str, torch.Tensor], percent: float) -> float:
    if isinstance(percent, bool) or not isinstance(percent, (int, float)):
        raise TypeError(f"percent must be a real number, got {percent!r}")
    if not 0 <= percent < 1:
        raise ValueError(f"percent must be in [0, 1), got {percent!r}")
    values = []
    for name, gamma in scales.items():
        if not isinstance(gamma, torch.Tensor):
            raise TypeError(f"scales[{name!r}] must be a tensor")
        values.append(gamma.detach().flatten().abs().double().cpu())
    if not values or sum(v.numel() for v in values) == 0:
        raise ValueError("scales hold no values")
    flat = torch.cat(values)
    return float(torch.sort(flat, descending=True).values[int(flat.numel() * percent)])
