# mistake: the vmapped one-sample loss calls the model on x (no batch dimension) instead of x.unsqueeze(0); works for Linear-only models, breaks conv/BatchNorm/Flatten models
# wrong on: fisher_saliency(*saliency_cases()[1]) (Conv2d -> BatchNorm2d -> ReLU -> Flatten -> Linear, inputs (5, 1, 6, 6)): raises ValueError "expected 4D input" instead of returning the {"0": (2,1,3,3), "4": (3,32)} scores
# expect: Conv2d
import torch
import torch.nn.functional as F
from torch import nn
from torch.func import functional_call, grad, vmap

from utils.models import prunable_modules


def fisher_saliency(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, torch.Tensor]:
    """Diagonal empirical Fisher saliency ``w_i**2 * mean_n(g_{n,i}**2)`` (Theis et al., 2018)."""
    if inputs.dim() == 0 or inputs.shape[0] == 0:
        raise ValueError("the calibration batch is empty")
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("targets must be int64 of shape (N,)")
    layers = prunable_modules(model)
    params = {k: v.detach() for k, v in model.named_parameters()}
    buffers = {k: v.detach() for k, v in model.named_buffers()}

    def one_loss(p, x, y):
        return F.cross_entropy(functional_call(model, (p, buffers), (x,)), y)

    flags = {m: m.training for m in model.modules()}
    model.eval()
    try:
        per_sample = vmap(grad(one_loss), in_dims=(None, 0, 0))(params, inputs, targets)
    finally:
        for m, flag in flags.items():
            m.training = flag
    out = {}
    for name, layer in layers.items():
        g = per_sample[f"{name}.weight"]
        out[name] = (layer.weight.detach() ** 2 * (g**2).mean(0)).detach()
    return out
