# mistake: takes |w| in place, overwriting the caller's tensors
# expect: weights themselves
def global_magnitude_masks(weights, sparsity):
    import numbers

    if not isinstance(weights, dict):
        raise TypeError("weights must be a dict")
    for name, w in weights.items():
        if not isinstance(w, torch.Tensor):
            raise TypeError(f"weights[{name!r}] must be a tensor")
    if not weights:
        raise ValueError("weights is empty")
    if isinstance(sparsity, bool) or not isinstance(sparsity, numbers.Real):
        raise TypeError("sparsity must be a real number")
    if not 0 <= sparsity <= 1:
        raise ValueError("sparsity must be in [0, 1]")
    names = list(weights)
    scores = torch.cat([weights[name].detach().abs_().flatten().cpu().double() for name in names])
    k = round(float(sparsity) * scores.numel())
    keep = torch.ones(scores.numel(), dtype=torch.bool)
    keep[torch.argsort(scores, stable=True)[:k]] = False
    masks, start = {}, 0
    for name in weights:
        w = weights[name]
        masks[name] = keep[start : start + w.numel()].reshape(w.shape).to(dtype=w.dtype, device=w.device)
        start += w.numel()
    return masks
