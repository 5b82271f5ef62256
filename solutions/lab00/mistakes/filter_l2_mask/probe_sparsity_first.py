# mistake: validates sparsity before the weight's dims
# expect: ValueError
def filter_l2_mask(weight, sparsity):
    import numbers

    if not isinstance(weight, torch.Tensor):
        raise TypeError("weight must be a tensor")
    if isinstance(sparsity, bool) or not isinstance(sparsity, numbers.Real):
        raise TypeError("sparsity must be a real number")
    if not 0 <= sparsity <= 1:
        raise ValueError("sparsity must be in [0, 1]")
    if weight.dim() < 2:
        raise ValueError("weight needs at least 2 dims")
    m = weight.shape[0]
    norms = torch.linalg.vector_norm(weight.detach().reshape(m, -1), ord=2, dim=1)
    k = round(float(sparsity) * m)
    keep = torch.ones(m, dtype=weight.dtype, device=weight.device)
    keep[torch.argsort(norms, stable=True)[:k]] = 0
    shape = (m,) + (1,) * (weight.dim() - 1)
    return keep.reshape(shape).expand(weight.shape).clone()
