# mistake: applies the masks with module.weight.data.mul_(mask) instead of attaching them with torch.nn.utils.prune.custom_from_mask
# wrong on: prune_model(m, 0.8, "global") with m = LeNet300100(in_features=12, num_classes=4): the weights are zeroed but no layer has weight_orig / weight_mask, and training would regrow them
# expect: custom_from_mask
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
        module.weight.data.mul_(masks[name])
    return masks
