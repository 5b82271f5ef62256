# mistake: hinv.to(torch.float64) returns the caller's tensor itself when it is already float64, and the rank-1 update and zeroing are then done in place on it
# wrong on: hinv = torch.linalg.inv(torch.tensor([[2., 1.], [1., 3.]], dtype=torch.float64)); obs_step(torch.tensor([1.0, 0.9], dtype=torch.float64), hinv, torch.tensor([True, True])): afterwards hinv is [[0, 0], [0, 1/3]] instead of unchanged [[0.6, -0.2], [-0.2, 0.4]]
# expect: changed
import math

import torch


def obs_step(weight: torch.Tensor, hinv: torch.Tensor, alive: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, int]:
    """One Optimal Brain Surgeon removal in one row of a linear layer, with the update of the other weights."""
    if not isinstance(alive, torch.Tensor) or alive.dtype != torch.bool:
        raise ValueError("alive must be a bool tensor")
    if weight.dim() != 1:
        raise ValueError("weight must be one row of shape (d,)")
    d = weight.shape[0]
    if tuple(hinv.shape) != (d, d) or tuple(alive.shape) != (d,):
        raise ValueError("shapes do not match")
    if not bool(alive.any()):
        raise ValueError("no entry is alive")
    w = weight.detach().to(torch.float64).clone()
    h = hinv.detach().to(torch.float64)
    cost = torch.where(alive, w**2 / h.diagonal(), torch.full_like(w, math.inf))
    q = int(torch.argmin(cost))
    col = h[:, q].clone()
    row = h[q, :].clone()
    hqq = float(h[q, q])
    w = torch.where(alive, w - (w[q] / hqq) * col, w)
    w[q] = 0.0
    h -= torch.outer(col, row) / hqq
    h[q, :] = 0.0
    h[:, q] = 0.0
    return w.to(weight.dtype), h, q
