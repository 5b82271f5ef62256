# alternative: compares |gamma| with the threshold in float64 (exact for every float dtype), fallback by a stable descending sort
def kept_channels(scales, threshold):
    """Indices of the channels whose |gamma| is strictly above threshold; at least one per layer."""
    for name, gamma in scales.items():
        if not isinstance(gamma, torch.Tensor):
            raise TypeError(f"scales[{name!r}] must be a tensor, got {type(gamma).__name__}")
        if gamma.dim() != 1 or gamma.numel() == 0:
            raise ValueError(f"scales[{name!r}] must be a non-empty 1-D tensor, got shape {tuple(gamma.shape)}")
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float, np.integer, np.floating)):
        raise TypeError(f"threshold must be a real number, got {type(threshold).__name__}")
    keep = {}
    for name, gamma in scales.items():
        magnitude = gamma.detach().to(torch.float64).abs()
        above = magnitude > float(threshold)
        if bool(above.any()):
            keep[name] = torch.nonzero(above).flatten().to(torch.int64)
        else:
            keep[name] = torch.sort(magnitude, descending=True, stable=True).indices[:1].to(torch.int64)
    return keep
