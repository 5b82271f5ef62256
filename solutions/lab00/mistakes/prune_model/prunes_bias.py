# mistake: also prunes each layer's bias (custom_from_mask on "bias"); biases must be left untouched
# wrong on: prune_model(m, 0.5, "local") with m = LeNet300100(in_features=4): half of every bias is zeroed and the layers get a bias_mask
# expect: not biases
import torch.nn.utils.prune as torch_prune


def prune_model(model: nn.Module, sparsity: float, scope: str) -> dict[str, torch.Tensor]:
    modules = prunable_modules(model)
    weights = {name: module.weight.detach() for name, module in modules.items()}
    if scope == "local":
        masks = {name: magnitude_mask(w, sparsity) for name, w in weights.items()}
    elif scope == "global":
        masks = global_magnitude_masks(weights, sparsity)
    else:
        raise ValueError(f"scope must be 'local' or 'global', got {scope!r}")
    for name, module in modules.items():
        torch_prune.custom_from_mask(module, "weight", masks[name])
        if module.bias is not None:
            torch_prune.custom_from_mask(module, "bias", magnitude_mask(module.bias.detach(), sparsity))
    return masks
