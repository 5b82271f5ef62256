# mistake: checks only that the mapping has a name: scales whose tensors are all empty (no scales at all) reach sorted[0] and raise IndexError instead of ValueError
# expect: ValueError
def global_threshold(scales, percent):
    """|gamma| at index int(total * percent) of all scales sorted ascending."""
    if len(scales) == 0:
        raise ValueError("there are no scales")
    values = []
    for name, gamma in scales.items():
        if not isinstance(gamma, torch.Tensor):
            raise TypeError(f"scales[{name!r}] must be a tensor, got {type(gamma).__name__}")
        values.append(gamma.detach().abs().flatten().to(torch.float64))
    if isinstance(percent, bool) or not isinstance(percent, (int, float, np.integer, np.floating)):
        raise TypeError(f"percent must be a real number, got {type(percent).__name__}")
    if not 0 <= percent < 1:
        raise ValueError(f"percent must be in [0, 1), got {percent}")
    everything = torch.sort(torch.cat(values)).values
    return float(everything[int(everything.numel() * percent)])
