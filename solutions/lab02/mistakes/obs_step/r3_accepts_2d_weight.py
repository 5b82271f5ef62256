# mistake: flattens a (1, d) weight instead of raising ValueError
# expect: ValueError
def obs_step(weight, hinv, alive):
    validate_type("weight", weight, torch.Tensor)
    validate_type("hinv", hinv, torch.Tensor)
    validate_type("alive", alive, torch.Tensor)
    if tuple(hinv.shape) != (weight.numel(), weight.numel()) or alive.numel() != weight.numel():
        raise ValueError("shapes")
    if alive.dtype != torch.bool:
        raise ValueError("alive must be bool")
    if not bool(alive.any()):
        raise ValueError("no entry alive")
    w = weight.flatten().to(torch.float64)
    alive = alive.flatten()
    h = hinv.to(torch.float64)
    idx = alive.nonzero().flatten()
    costs = w[idx] ** 2 / h.diagonal()[idx]
    q = int(idx[torch.argmin(costs)])
    new = w - (w[q] / h[q, q]) * h[:, q]
    new = torch.where(alive, new, w)
    new[q] = 0.0
    nh = h - torch.outer(h[:, q], h[q, :]) / h[q, q]
    nh[q, :] = 0.0
    nh[:, q] = 0.0
    return new.to(weight.dtype).view(weight.shape), nh, q
