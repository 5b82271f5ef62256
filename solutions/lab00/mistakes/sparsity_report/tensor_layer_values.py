# mistake: per-layer values are 0-d torch tensors ((w == 0).float().mean()); only "global" is converted to a Python float
# wrong on: sparsity_report(nn.Sequential(nn.Linear(4, 2))) with one zero weight: report["0"] is tensor(0.1250) instead of the Python float 0.125
# expect: sparsity_report
from torch import nn

from utils.models import prunable_modules


def sparsity_report(model: nn.Module) -> dict[str, float]:
    """Fraction of zero weights in each prunable layer, and overall."""
    modules = prunable_modules(model)
    if not modules:
        raise ValueError("the model has no prunable layer")
    report, zeros, total = {}, 0, 0
    for name, module in modules.items():
        w = module.weight.detach()
        report[name] = (w == 0).float().mean()
        zeros += int((w == 0).sum())
        total += w.numel()
    report["global"] = zeros / total
    return report
