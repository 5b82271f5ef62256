# alternative: plain Python: sorted() over a list of floats
def global_threshold(scales: Mapping[str, torch.Tensor], percent: float) -> float:
    import numbers

    pooled = []
    for name, gamma in scales.items():
        if not isinstance(gamma, torch.Tensor):
            raise TypeError(f"scales[{name!r}] must be a tensor")
        pooled.extend(abs(float(v)) for v in gamma.detach().reshape(-1).tolist())
    if not pooled:
        raise ValueError("scales hold no values")
    if isinstance(percent, bool) or not isinstance(percent, numbers.Real):
        raise TypeError(f"percent must be a real number, got {percent!r}")
    if math.isnan(percent) or percent < 0 or percent >= 1:
        raise ValueError(f"percent must be in [0, 1), got {percent!r}")
    return sorted(pooled)[int(len(pooled) * percent)]
