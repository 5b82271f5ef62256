# mistake: passes the weights to global_magnitude_masks sorted by layer name instead of in prunable_modules order (keys and tie order change)
# wrong on: prune_model(m, 0.5, "global") with m = nn.Sequential(OrderedDict(z=nn.Linear(4, 3), a=nn.Linear(3, 2))): returns keys ['a', 'z'] instead of ['z', 'a']
# expect: prunable_modules order
import torch.nn.utils.prune as torch_prune


def prune_model(model: nn.Module, sparsity: float, scope: str) -> dict[str, torch.Tensor]:
    modules = prunable_modules(model)
    weights = {name: modules[name].weight.detach() for name in sorted(modules)}
    if scope == "local":
        masks = {name: magnitude_mask(w, sparsity) for name, w in weights.items()}
    elif scope == "global":
        masks = global_magnitude_masks(weights, sparsity)
    else:
        raise ValueError(f"scope must be 'local' or 'global', got {scope!r}")
    for name, mask in masks.items():
        torch_prune.custom_from_mask(modules[name], "weight", mask)
    return masks
