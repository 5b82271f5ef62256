# mistake: accepts only Python int/float for sparsity, rejecting numpy scalars
# expect: TypeError
def magnitude_mask(weight, sparsity):
    if not isinstance(weight, torch.Tensor):
        raise TypeError("weight must be a tensor")
    if isinstance(sparsity, bool) or not isinstance(sparsity, (int, float)):
        raise TypeError("sparsity must be a real number")
    if not 0 <= sparsity <= 1:
        raise ValueError("sparsity must be in [0, 1]")
    k = round(float(sparsity) * weight.numel())
    scores = weight.detach().abs().flatten()
    order = torch.argsort(scores, stable=True)
    mask = torch.ones(weight.numel(), dtype=weight.dtype, device=weight.device)
    mask[order[:k]] = 0
    return mask.reshape(weight.shape)
