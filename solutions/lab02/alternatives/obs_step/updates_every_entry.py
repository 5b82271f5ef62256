# alternative: updates every entry: dead entries stay put because row and column q of hinv are zeroed exactly
def obs_step(weight: torch.Tensor, hinv: torch.Tensor, alive: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, int]:
    validate_type("weight", weight, torch.Tensor)
    if weight.dim() != 1:
        raise ValueError(f"weight must be one row of shape (d,), got shape {tuple(weight.shape)}")
    d = weight.shape[0]
    validate_type("hinv", hinv, torch.Tensor)
    if tuple(hinv.shape) != (d, d):
        raise ValueError(f"hinv must have shape ({d}, {d}), got shape {tuple(hinv.shape)}")
    validate_type("alive", alive, torch.Tensor)
    if alive.dtype != torch.bool or tuple(alive.shape) != (d,) or not bool(alive.any()):
        raise ValueError(f"alive must be a bool tensor of shape ({d},) with at least one True entry")
    w, h = weight.detach().double(), hinv.detach().double()
    candidates = alive.nonzero().flatten()
    costs = w[candidates] ** 2 / h.diagonal()[candidates]
    q = int(candidates[torch.argmin(costs)])
    column = h[:, q].clone()
    new_w = w - (w[q] / h[q, q]) * column
    new_w[q] = 0.0
    new_h = h - torch.outer(column, h[q, :]) / h[q, q]
    new_h[q, :] = 0.0
    new_h[:, q] = 0.0
    return new_w.to(weight.dtype), new_h, q
