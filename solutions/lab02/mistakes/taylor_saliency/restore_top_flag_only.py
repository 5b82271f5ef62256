# mistake: restores only the top-level training flag with model.train(was), which overwrites every submodule's own flag
# wrong on: m = nn.Sequential(nn.Linear(2, 2, bias=False), nn.Dropout(0.5)).train(); m[1].eval(); taylor_saliency(m, *hand_case()[1:]): leaves m[1].training == True instead of False (flags must be left as they were)
# expect: training flag
import torch
import torch.nn.functional as F
from torch import nn

from utils.models import prunable_modules


def taylor_saliency(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, torch.Tensor]:
    """First-order Taylor saliency ``|g * w|`` of every prunable weight (Molchanov et al., 2017)."""
    if inputs.dim() == 0 or inputs.shape[0] == 0:
        raise ValueError("the calibration batch is empty")
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("targets must be int64 of shape (N,)")
    layers = prunable_modules(model)
    weights = [layer.weight for layer in layers.values()]
    was_training = model.training
    model.eval()
    try:
        with torch.enable_grad():
            loss = F.cross_entropy(model(inputs), targets)
            grads = torch.autograd.grad(loss, weights)
    finally:
        model.train(was_training)
    return {name: (g * w).detach().abs() for name, g, w in zip(layers, grads, weights)}
