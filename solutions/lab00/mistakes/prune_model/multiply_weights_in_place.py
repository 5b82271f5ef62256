# mistake: zeroes the weights with module.weight.mul_(mask) instead of attaching the mask with prune.custom_from_mask, so there is no weight_mask/weight_orig and fine-tuning regrows pruned weights
# wrong on: prune_model(nn.Sequential(nn.Linear(10, 40), nn.ReLU(), nn.Linear(40, 3)), 0.5, "local"): afterwards model[0] has no weight_mask buffer (hasattr False) instead of weight_mask == the returned mask and weight == weight_orig * weight_mask
# expect: prune_model
import torch
from torch import nn

from utils.models import prunable_modules


def prune_model(model: nn.Module, sparsity: float, scope: str) -> dict[str, torch.Tensor]:
    """Magnitude-prune every prunable layer of a dense model in place; return the masks."""
    modules = prunable_modules(model)
    if scope == "local":
        masks = {name: magnitude_mask(module.weight.detach(), sparsity) for name, module in modules.items()}
    elif scope == "global":
        masks = global_magnitude_masks({name: module.weight.detach() for name, module in modules.items()}, sparsity)
    else:
        raise ValueError(f"scope must be 'local' or 'global', got {scope!r}")
    with torch.no_grad():
        for name, module in modules.items():
            module.weight.mul_(masks[name])
    return masks
