# mistake: takes |gamma| in place (detach().abs_()), overwriting the caller's scales
# expect: unchanged
def global_threshold(scales, percent):
    import numbers

    values = []
    for name, gamma in scales.items():
        if not isinstance(gamma, torch.Tensor):
            raise TypeError(f"scales[{name!r}] must be a tensor")
        values.append(gamma.detach().abs_().flatten().double().cpu())
    total = sum(v.numel() for v in values)
    if total == 0:
        raise ValueError("no scales")
    if isinstance(percent, bool) or not isinstance(percent, numbers.Real):
        raise TypeError("percent must be a real number")
    if not 0 <= percent < 1:
        raise ValueError("percent must be in [0, 1)")
    flat = torch.cat(values)
    ordered = torch.sort(flat).values
    return float(ordered[int(total * percent)])
