# mistake: swaps the scopes: "local" uses global_magnitude_masks and "global" prunes each layer separately
# wrong on: prune_model(m, 0.8, "global") with m = LeNet300100(in_features=12, num_classes=4): every layer gets 80% sparsity instead of one threshold shared by all layers
# expect: prune each layer separately
import torch.nn.utils.prune as torch_prune


def prune_model(model: nn.Module, sparsity: float, scope: str) -> dict[str, torch.Tensor]:
    modules = prunable_modules(model)
    weights = {name: module.weight.detach() for name, module in modules.items()}
    if scope == "global":
        masks = {name: magnitude_mask(w, sparsity) for name, w in weights.items()}
    elif scope == "local":
        masks = global_magnitude_masks(weights, sparsity)
    else:
        raise ValueError(f"scope must be 'local' or 'global', got {scope!r}")
    for name, module in modules.items():
        torch_prune.custom_from_mask(module, "weight", masks[name])
    return masks
