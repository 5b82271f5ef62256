# mistake: breaks ties toward the highest index
# wrong on: the tie at cost 1: q = 2 instead of 1
# expect: lowest index
def obs_step(weight: torch.Tensor, hinv: torch.Tensor, alive: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, int]:
    d = weight.shape[0] if weight.dim() == 1 else -1
    if weight.dim() != 1 or tuple(hinv.shape) != (d, d) or tuple(alive.shape) != (d,):
        raise ValueError("need weight (d,), hinv (d, d) and alive (d,)")
    if alive.dtype != torch.bool or not bool(alive.any()):
        raise ValueError("alive must be a bool tensor with at least one True entry")
    w, h = weight.detach().double(), hinv.detach().double()
    candidates = alive.nonzero().flatten()
    costs = w[candidates] ** 2 / h.diagonal()[candidates]
    q = int(candidates[len(costs) - 1 - torch.argmin(costs.flip(0))])
    column = h[:, q].clone()
    new_w = torch.where(alive, w - (w[q] / h[q, q]) * column, w)
    new_w[q] = 0.0
    new_h = h - torch.outer(column, h[q, :]) / h[q, q]
    new_h[q, :] = 0.0
    new_h[:, q] = 0.0
    return new_w.to(weight.dtype), new_h, q
