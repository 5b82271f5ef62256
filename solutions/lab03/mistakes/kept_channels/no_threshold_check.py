# mistake: accepts a bool threshold
# expect: threshold must be a real number
def kept_channels(scales: Mapping[str, torch.Tensor], threshold: float) -> dict[str, torch.Tensor]:
    kept = {}
    for name, gamma in scales.items():
        if not isinstance(gamma, torch.Tensor):
            raise TypeError(f"scales[{name!r}] must be a tensor")
        if gamma.dim() != 1 or gamma.numel() == 0:
            raise ValueError(f"scales[{name!r}] must be a non-empty 1-D tensor")
        magnitude = gamma.detach().abs()
        indices = torch.nonzero(magnitude > threshold).flatten()
        if indices.numel() == 0:
            indices = torch.argmax(magnitude).reshape(1)
        kept[name] = indices.to(torch.int64)
    return kept
