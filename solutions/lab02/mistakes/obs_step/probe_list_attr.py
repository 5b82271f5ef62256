# mistake: a list for alive raises AttributeError instead of TypeError
# expect: list alive
def obs_step(weight, hinv, alive):
    if weight.dim() != 1:
        raise ValueError("weight must be 1-D")
    d = weight.shape[0]
    if tuple(hinv.shape) != (d, d):
        raise ValueError("hinv shape")
    if alive.dtype != torch.bool or tuple(alive.shape) != (d,) or not bool(alive.any()):
        raise ValueError("alive")
    w, h = weight.detach().double(), hinv.detach().double()
    idx = alive.nonzero().flatten()
    cost = w[idx] ** 2 / h.diagonal()[idx]
    q = int(idx[torch.argmin(cost)])
    col = h[:, q].clone()
    new_w = torch.where(alive, w - (w[q] / h[q, q]) * col, w)
    new_w[q] = 0.0
    new_h = h - torch.outer(col, h[q, :]) / h[q, q]
    new_h[q, :] = 0.0
    new_h[:, q] = 0.0
    return new_w.to(weight.dtype), new_h, q
