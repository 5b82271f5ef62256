# mistake: validates targets with numel() == N instead of shape == (N,), so (N, 1) targets slip through to cross_entropy
# wrong on: model, x, y = hand_case(); taylor_saliency(model, x, y.view(3, 1)): raises RuntimeError (cross_entropy's "multi-target not supported") instead of ValueError
# expect: (3, 1) targets
import torch
import torch.nn.functional as F
from torch import nn

from utils.models import prunable_modules


def taylor_saliency(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, torch.Tensor]:
    """First-order Taylor saliency ``|g * w|`` of every prunable weight (Molchanov et al., 2017)."""
    if inputs.dim() == 0 or inputs.shape[0] == 0:
        raise ValueError("the calibration batch is empty")
    if targets.dtype != torch.int64 or targets.numel() != inputs.shape[0]:
        raise ValueError("targets must be int64 with one label per sample")
    layers = prunable_modules(model)
    weights = [layer.weight for layer in layers.values()]
    flags = {m: m.training for m in model.modules()}
    model.eval()
    try:
        with torch.enable_grad():
            loss = F.cross_entropy(model(inputs), targets)
            grads = torch.autograd.grad(loss, weights)
    finally:
        for m, flag in flags.items():
            m.training = flag
    return {name: (g * w).detach().abs() for name, g, w in zip(layers, grads, weights)}
