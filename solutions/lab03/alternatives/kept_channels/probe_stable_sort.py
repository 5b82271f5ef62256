# alternative: mask with torch.gt on float64, fallback via a stable descending sort
def kept_channels(scales, threshold):
    import numbers

    for name, gamma in scales.items():
        if not isinstance(gamma, torch.Tensor):
            raise TypeError(f"scales[{name!r}] must be a tensor")
        if gamma.dim() != 1 or gamma.numel() == 0:
            raise ValueError(f"scales[{name!r}] must be non-empty and 1-D")
    if isinstance(threshold, bool) or not isinstance(threshold, numbers.Real):
        raise TypeError("threshold must be a real number")
    kept = {}
    for name, gamma in scales.items():
        magnitude = gamma.detach().double().abs()
        indices = torch.arange(magnitude.numel(), device=gamma.device)[torch.gt(magnitude, float(threshold))]
        if indices.numel() == 0:
            indices = torch.sort(magnitude, descending=True, stable=True).indices[:1]
        kept[name] = indices.to(torch.int64)
    return kept
