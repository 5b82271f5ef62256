# mistake: reshapes the inputs with flatten(1) (one sample per first-axis entry, as for conv inputs) instead of treating all leading dimensions as samples
# wrong on: layer_hessian(torch.ones(2, 3, 4), 0.01): returns a 12 x 12 matrix instead of the 4 x 4 H = 12 * ones(4, 4) + 0.12 * I
# expect: (2, 5, 4)
import math
import numbers

import torch


def layer_hessian(inputs: torch.Tensor, damp: float = 0.01) -> torch.Tensor:
    """The damped Hessian ``H = 2 X^T X + lambda I`` of a linear layer's reconstruction error, in float64."""
    if not isinstance(inputs, torch.Tensor):
        raise TypeError("inputs must be a tensor")
    if isinstance(damp, bool) or not isinstance(damp, numbers.Real):
        raise TypeError("damp must be a real number")
    if inputs.dim() == 0:
        raise ValueError("inputs must have at least one dimension")
    if not math.isfinite(damp) or damp <= 0:
        raise ValueError("damp must be finite and positive")
    x = inputs.detach().to(torch.float64)
    if x.dim() > 2:
        x = x.flatten(1)
    elif x.dim() == 1:
        x = x.unsqueeze(0)
    h = 2 * x.T @ x
    mean_diag = float(h.diagonal().mean()) if h.shape[0] > 0 else 0.0
    lam = damp * mean_diag if mean_diag > 0 else float(damp)
    return h + lam * torch.eye(h.shape[0], dtype=torch.float64, device=inputs.device)
