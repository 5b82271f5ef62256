# mistake: returns hinv unchanged
# wrong on: by hand: [[0.6, -0.2], [-0.2, 0.4]]
# expect: unchanged
def obs_step(weight: torch.Tensor, hinv: torch.Tensor, alive: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, int]:
    d = weight.shape[0] if weight.dim() == 1 else -1
    if weight.dim() != 1 or tuple(hinv.shape) != (d, d) or tuple(alive.shape) != (d,):
        raise ValueError("need weight (d,), hinv (d, d) and alive (d,)")
    if alive.dtype != torch.bool or not bool(alive.any()):
        raise ValueError("alive must be a bool tensor with at least one True entry")
    w, h = weight.detach().double(), hinv.detach().double()
    candidates = alive.nonzero().flatten()
    costs = w[candidates] ** 2 / h.diagonal()[candidates]
    q = int(candidates[torch.argmin(costs)])
    column = h[:, q].clone()
    new_w = torch.where(alive, w - (w[q] / h[q, q]) * column, w)
    new_w[q] = 0.0
    new_h = h
    return new_w.to(weight.dtype), new_h, q
