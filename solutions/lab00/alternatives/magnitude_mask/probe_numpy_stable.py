# alternative: numpy float64 with a stable argsort
def magnitude_mask(weight, sparsity):
    import numbers

    import numpy as np

    if not isinstance(weight, torch.Tensor):
        raise TypeError("weight must be a tensor")
    if isinstance(sparsity, bool) or not isinstance(sparsity, numbers.Real):
        raise TypeError("sparsity must be a real number")
    if not 0 <= sparsity <= 1:
        raise ValueError("sparsity must be in [0, 1]")
    n = weight.numel()
    k = round(float(sparsity) * n)
    scores = np.abs(weight.detach().cpu().to(torch.float64).numpy().reshape(-1))
    order = np.argsort(scores, kind="stable")
    keep = np.ones(n)
    keep[order[:k]] = 0.0
    return torch.from_numpy(keep).reshape(weight.shape).to(dtype=weight.dtype, device=weight.device)
