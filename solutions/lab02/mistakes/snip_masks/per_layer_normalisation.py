# mistake: normalises |g * w| by each layer's own sum instead of one sum over all prunable layers
# wrong on: snip_masks(Branches(), torch.randn(1, 4), torch.tensor([1]), 0.5) (two layers, torch.manual_seed(0)): scores sum to 2.0 (1 per layer) instead of 1.0, and the global mask differs
# expect: ALL layers
import numbers

import torch
import torch.nn.functional as F
from torch import nn

from utils.models import prunable_modules


def snip_masks(
    model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor, sparsity: float
) -> tuple[dict[str, torch.Tensor], dict[str, torch.Tensor]]:
    """SNIP: connection sensitivity at initialisation, then one global top-k (Lee et al., 2019)."""
    if isinstance(sparsity, bool) or not isinstance(sparsity, numbers.Real):
        raise TypeError("sparsity must be a real number")
    if not 0 <= sparsity <= 1:
        raise ValueError("sparsity must lie in [0, 1]")
    if inputs.dim() == 0 or inputs.shape[0] == 0:
        raise ValueError("the batch is empty")
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("targets must be int64 of shape (N,)")
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
    scores = {}
    for name, g, w in zip(layers, grads, weights):
        s = (g * w).detach().abs()
        total = s.sum()
        scores[name] = s / total if total > 0 else torch.zeros_like(s)
    return scores, scores_to_mask(scores, sparsity, "global")
