# mistake: accepts True as sparsity 1
# expect: TypeError
def magnitude_mask(weight, sparsity):
    import numbers

    if not isinstance(weight, torch.Tensor):
        raise TypeError("weight must be a tensor")
    if not isinstance(sparsity, numbers.Real):
        raise TypeError("sparsity must be a real number")
    if not 0 <= sparsity <= 1:
        raise ValueError("sparsity must be in [0, 1]")
    k = round(float(sparsity) * weight.numel())
    scores = weight.detach().abs().flatten()
    order = torch.argsort(scores, stable=True)
    mask = torch.ones(weight.numel(), dtype=weight.dtype, device=weight.device)
    mask[order[:k]] = 0
    return mask.reshape(weight.shape)
