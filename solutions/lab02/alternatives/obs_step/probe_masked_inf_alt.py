# alternative: masks dead costs with +inf and divides the whole update by hinv[q, q] once
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
    h = hinv.detach().double()
    diag = h.diagonal()
    cost = torch.full_like(w, float("inf"))
    cost[alive] = w[alive] * w[alive] / diag[alive]
    q = int(torch.argmin(cost).item())
    delta = h[:, q] * (w[q] / h[q, q])
    new_w = w.clone()
    new_w[alive] = w[alive] - delta[alive]
    new_w[q] = 0.0
    new_h = h.clone()
    new_h -= torch.outer(h[:, q], h[q]) / h[q, q]
    new_h[q] = 0.0
    new_h[:, q] = 0.0
    return new_w.to(weight.dtype), new_h, q
