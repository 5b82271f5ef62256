# alternative: Python loop for the argmin (strict <), numpy-free float64 update
def obs_step(weight, hinv, alive):
    if not isinstance(weight, torch.Tensor):
        raise TypeError("weight must be a tensor")
    if weight.dim() != 1:
        raise ValueError("weight must be 1-D")
    d = weight.shape[0]
    if not isinstance(hinv, torch.Tensor):
        raise TypeError("hinv must be a tensor")
    if tuple(hinv.shape) != (d, d):
        raise ValueError("hinv shape")
    if not isinstance(alive, torch.Tensor):
        raise TypeError("alive must be a tensor")
    if alive.dtype != torch.bool or tuple(alive.shape) != (d,) or not bool(alive.any()):
        raise ValueError("alive")
    w = weight.detach().to(torch.float64).clone()
    h = hinv.detach().to(torch.float64)
    q, best = -1, None
    for i in range(d):
        if bool(alive[i]):
            c = float(w[i]) ** 2 / float(h[i, i])
            if best is None or c < best:
                q, best = i, c
    factor = w[q] / h[q, q]
    new_w = w.clone()
    for i in range(d):
        if bool(alive[i]):
            new_w[i] = w[i] - factor * h[i, q]
    new_w[q] = 0
    new_h = h - h[:, q : q + 1] @ h[q : q + 1, :] / h[q, q]
    new_h[q] = 0
    new_h[:, q] = 0
    return new_w.to(dtype=weight.dtype), new_h, q
