# alternative: plain Python lists, then a tensor
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
        values = magnitude.tolist()
        chosen = [i for i, v in enumerate(values) if v > threshold]
        if not chosen:
            chosen = [values.index(max(values))]
        kept[name] = torch.tensor(chosen, dtype=torch.int64, device=gamma.device)
    return kept
