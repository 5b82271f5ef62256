# alternative: torch.where, with the fallback as the first index equal to the maximum
def kept_channels(scales: Mapping[str, torch.Tensor], threshold: float) -> dict[str, torch.Tensor]:
    import numbers

    for name, gamma in scales.items():
        if not isinstance(gamma, torch.Tensor):
            raise TypeError(f"scales[{name!r}] must be a tensor")
        if gamma.dim() != 1 or gamma.numel() == 0:
            raise ValueError(f"scales[{name!r}] must be a non-empty 1-D tensor")
    if isinstance(threshold, bool) or not isinstance(threshold, numbers.Real):
        raise TypeError(f"threshold must be a real number, got {threshold!r}")
    kept = {}
    for name, gamma in scales.items():
        magnitude = gamma.detach().abs()
        indices = torch.where(magnitude > threshold)[0]
        if len(indices) == 0:
            indices = torch.where(magnitude == magnitude.max())[0][:1]
        kept[name] = indices.to(torch.int64)
    return kept
