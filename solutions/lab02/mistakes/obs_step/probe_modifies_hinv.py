# mistake: updates hinv in place (returns the caller's tensor)
# expect: 9 steps
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
    w = weight.detach().double()
    h = hinv.detach()
    idx = alive.nonzero().flatten()
    cost = w[idx] ** 2 / h.diagonal()[idx]
    q = int(idx[torch.argmin(cost)])
    col = h[:, q].clone()
    row = h[q, :].clone()
    hqq = float(h[q, q])
    new_w = torch.where(alive, w - (w[q] / hqq) * col, w)
    new_w[q] = 0.0
    h.sub_(torch.outer(col, row) / hqq)
    h[q, :] = 0.0
    h[:, q] = 0.0
    return new_w.to(weight.dtype), h, q
