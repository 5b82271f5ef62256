# mistake: computes the update in the weight's float32
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
    w, h = weight.detach(), hinv.detach().to(weight.dtype)
    idx = alive.nonzero().flatten()
    cost = w[idx].double() ** 2 / hinv.diagonal()[idx]
    q = int(idx[torch.argmin(cost)])
    col = h[:, q].clone()
    new_w = torch.where(alive, w - (w[q] / h[q, q]) * col, w)
    new_w[q] = 0.0
    hd = hinv.detach().double()
    new_h = hd - torch.outer(hd[:, q], hd[q, :]) / hd[q, q]
    new_h[q, :] = 0.0
    new_h[:, q] = 0.0
    return new_w, new_h, q
