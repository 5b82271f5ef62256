# alternative: numpy: sqrt(sum(x**2)) per filter in a loop, stable argsort
def filter_l2_mask(weight, sparsity):
    import numbers

    import numpy as np

    if not isinstance(weight, torch.Tensor):
        raise TypeError("weight must be a tensor")
    if weight.dim() < 2:
        raise ValueError("weight must have at least 2 dims")
    if isinstance(sparsity, bool) or not isinstance(sparsity, numbers.Real):
        raise TypeError("sparsity must be a real number")
    if not 0 <= sparsity <= 1:
        raise ValueError("sparsity out of range")
    w = weight.detach().cpu().to(torch.float64).numpy()
    m = w.shape[0]
    norms = np.array([np.sqrt(np.sum(w[i] ** 2)) for i in range(m)])
    k = round(float(sparsity) * m)
    keep = np.ones(m)
    keep[np.argsort(norms, kind="stable")[:k]] = 0.0
    mask = np.broadcast_to(keep.reshape((m,) + (1,) * (w.ndim - 1)), w.shape).copy()
    return torch.from_numpy(mask).to(dtype=weight.dtype, device=weight.device)
