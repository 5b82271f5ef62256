# mistake: prunes the model but forgets to return the masks
# wrong on: prune_model(m, 0.5, "local") with m = LeNet300100(in_features=4): returns None instead of {layer name: mask}
# expect: One mask per layer
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
