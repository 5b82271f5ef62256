# mistake: divides by sum |g * w| without the zero guard, so a model whose weights are all 0 gets 0/0 = NaN scores
# wrong on: model, x, y = hand_case(); model[0].weight.data.zero_(); snip_masks(model, x, y, 0.5)[0]["0"]: [[nan, nan], [nan, nan]] instead of all zeros
# expect: division by 0
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
    raw = {name: (g * w).detach().abs() for name, g, w in zip(layers, grads, weights)}
    total = sum(s.sum() for s in raw.values())
    scores = {name: s / total for name, s in raw.items()}
    return scores, scores_to_mask(scores, sparsity, "global")
