# mistake: prunes every module that has a weight (BatchNorm included) instead of only the layers of prunable_modules(model)
# wrong on: prune_model(m, 0.5, "local") with m = nn.Sequential(nn.Conv2d(1, 4, 3), nn.BatchNorm2d(4), nn.Flatten(), nn.Linear(4, 2)): also prunes the BatchNorm scales and returns a mask for "1"
# expect: not BatchNorm
import torch.nn.utils.prune as torch_prune


def prune_model(model: nn.Module, sparsity: float, scope: str) -> dict[str, torch.Tensor]:
    modules = {name: m for name, m in model.named_modules() if isinstance(getattr(m, "weight", None), torch.Tensor)}
    weights = {name: module.weight.detach() for name, module in modules.items()}
    if scope == "local":
        masks = {name: magnitude_mask(w, sparsity) for name, w in weights.items()}
    elif scope == "global":
        masks = global_magnitude_masks(weights, sparsity)
    else:
        raise ValueError(f"scope must be 'local' or 'global', got {scope!r}")
    for name, module in modules.items():
        torch_prune.custom_from_mask(module, "weight", masks[name])
    return masks
