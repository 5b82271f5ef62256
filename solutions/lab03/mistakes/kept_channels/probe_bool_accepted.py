# mistake: accepts threshold True
# expect: error raised
def kept_channels(scales, threshold):
    import numbers

    for name, gamma in scales.items():
        if not isinstance(gamma, torch.Tensor):
            raise TypeError(f"scales[{name!r}] must be a tensor")
        if gamma.dim() != 1 or gamma.numel() == 0:
            raise ValueError(f"scales[{name!r}] must be non-empty and 1-D")
    if not isinstance(threshold, numbers.Real):
        raise TypeError("threshold must be a real number")
    kept = {}
    for name, gamma in scales.items():
        magnitude = gamma.detach().abs()
        indices = torch.nonzero(magnitude > threshold).flatten()
        if indices.numel() == 0:
            indices = torch.argmax(magnitude).reshape(1)
        kept[name] = indices.to(torch.int64)
    return kept
