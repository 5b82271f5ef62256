# mistake: zeroes w_q in the caller's weight (in place)
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
    h = hinv.detach().double()
    idx = alive.nonzero().flatten()
    cost = weight.detach().double()[idx] ** 2 / h.diagonal()[idx]
    q = int(idx[torch.argmin(cost)])
    w = weight.detach().double()
    col = h[:, q].clone()
    new_w = torch.where(alive, w - (w[q] / h[q, q]) * col, w)
    new_w[q] = 0.0
    with torch.no_grad():
        weight[q] = 0.0
    new_h = h - torch.outer(col, h[q, :]) / h[q, q]
    new_h[q, :] = 0.0
    new_h[:, q] = 0.0
    return new_w.to(weight.dtype), new_h, q
