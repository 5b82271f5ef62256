# mistake: ranks float64 weights after casting them to float32, merging distinct values into ties
# expect: wrong
def magnitude_mask(weight, sparsity):
    import numbers

    if not isinstance(weight, torch.Tensor):
        raise TypeError("weight must be a tensor")
    if isinstance(sparsity, bool) or not isinstance(sparsity, numbers.Real):
        raise TypeError("sparsity must be a real number")
    if not 0 <= sparsity <= 1:
        raise ValueError("sparsity must be in [0, 1]")
    k = round(float(sparsity) * weight.numel())
    scores = weight.detach().float().abs().flatten()
    order = torch.argsort(scores, stable=True)
    mask = torch.ones(weight.numel(), dtype=weight.dtype, device=weight.device)
    mask[order[:k]] = 0
    return mask.reshape(weight.shape)
