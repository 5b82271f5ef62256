# mistake: builds the mask from the weight with autograd history (weight * 0 + 1)
# expect: grad
def magnitude_mask(weight, sparsity):
    import numbers

    if not isinstance(weight, torch.Tensor):
        raise TypeError("weight must be a tensor")
    if isinstance(sparsity, bool) or not isinstance(sparsity, numbers.Real):
        raise TypeError("sparsity must be a real number")
    if not 0 <= sparsity <= 1:
        raise ValueError("sparsity must be in [0, 1]")
    k = round(float(sparsity) * weight.numel())
    scores = weight.detach().abs().flatten()
    order = torch.argsort(scores, stable=True)
    mask = (weight.flatten() * 0 + 1).clone()
    mask[order[:k]] = 0
    return mask.reshape(weight.shape)
