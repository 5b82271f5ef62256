# alternative: NumPy's sort on the pooled magnitudes
def global_threshold(scales: Mapping[str, torch.Tensor], percent: float) -> float:
    import numbers

    values = []
    for name, gamma in scales.items():
        if not isinstance(gamma, torch.Tensor):
            raise TypeError(f"scales[{name!r}] must be a tensor")
        values.append(gamma.detach().flatten().abs().double().cpu())
    if not values or sum(v.numel() for v in values) == 0:
        raise ValueError("scales hold no values")
    if isinstance(percent, bool) or not isinstance(percent, numbers.Real):
        raise TypeError(f"percent must be a real number, got {percent!r}")
    if not 0 <= percent < 1:
        raise ValueError(f"percent must be in [0, 1), got {percent!r}")
    flat = torch.cat(values)
    ordered = np.sort(flat.numpy())
    return float(ordered[int(len(ordered) * percent)])
