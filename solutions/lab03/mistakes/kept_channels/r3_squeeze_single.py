# mistake: nonzero().squeeze() gives a 0-d tensor when exactly one channel is above the threshold
# expect: kept indices
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
        magnitude = gamma.detach().abs()
        above = magnitude > threshold
        if bool(above.any()):
            keep[name] = torch.nonzero(above).squeeze().to(torch.int64)
        else:
            keep[name] = torch.argmax(magnitude).reshape(1).to(torch.int64)
    return keep
