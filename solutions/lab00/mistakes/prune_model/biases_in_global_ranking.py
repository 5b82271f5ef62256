# mistake: ranks the biases together with the weights for the global threshold (model.named_parameters()), which changes the weight masks
# wrong on: prune_model(m, 0.8, "global") with m = LeNet300100(in_features=12, num_classes=4): the weight masks differ from global_magnitude_masks over the weights alone
# expect: not biases
import torch.nn.utils.prune as torch_prune


def prune_model(model: nn.Module, sparsity: float, scope: str) -> dict[str, torch.Tensor]:
    modules = prunable_modules(model)
    if scope == "local":
        masks = {name: magnitude_mask(m.weight.detach(), sparsity) for name, m in modules.items()}
    elif scope == "global":
        params = {name: p.detach() for name, p in model.named_parameters()}
        all_masks = global_magnitude_masks(params, sparsity)
        masks = {name: all_masks[f"{name}.weight"] for name in modules}
    else:
        raise ValueError(f"scope must be 'local' or 'global', got {scope!r}")
    for name, module in modules.items():
        torch_prune.custom_from_mask(module, "weight", masks[name])
    return masks
