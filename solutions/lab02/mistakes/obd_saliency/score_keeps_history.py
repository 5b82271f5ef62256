# mistake: multiplies the Hessian diagonal by the live parameter (w, not w.detach()), so each score carries autograd history
# wrong on: model, x, y = hand_case(); obd_saliency(model, x, y)["0"].requires_grad: True (grad_fn=MulBackward) instead of False (no autograd history)
# expect: requires_grad
import torch
import torch.nn.functional as F
from torch import nn

from utils.models import prunable_modules


def obd_saliency(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, torch.Tensor]:
    """Optimal Brain Damage saliency ``0.5 * h_ii * w_i**2`` with the exact Hessian diagonal (LeCun et al., 1990)."""
    if inputs.dim() == 0 or inputs.shape[0] == 0:
        raise ValueError("the calibration batch is empty")
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("targets must be int64 of shape (N,)")
    layers = prunable_modules(model)
    weights = [layer.weight for layer in layers.values()]
    flags = {m: m.training for m in model.modules()}
    model.eval()
    try:
        with torch.enable_grad():
            loss = F.cross_entropy(model(inputs), targets)
            grads = torch.autograd.grad(loss, weights, create_graph=True)
            out = {}
            for name, w, g in zip(layers, weights, grads):
                n = w.numel()
                eye = torch.eye(n, dtype=w.dtype, device=w.device).view(n, *w.shape)
                hv = torch.autograd.grad(g, w, grad_outputs=eye, is_grads_batched=True, retain_graph=True)[0]
                h = hv.reshape(n, n).diagonal().reshape(w.shape)
                out[name] = 0.5 * h * w**2
    finally:
        for m, flag in flags.items():
            m.training = flag
    return out
