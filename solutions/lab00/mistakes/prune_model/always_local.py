# mistake: only validates scope and always prunes layer by layer, so scope="global" is treated like "local"
# wrong on: prune_model(m, 0.8, "global") with m = LeNet300100(in_features=12, num_classes=4): every layer gets 80% sparsity instead of one threshold shared by all layers
# expect: prune each layer separately
import torch.nn.utils.prune as torch_prune


def prune_model(model: nn.Module, sparsity: float, scope: str) -> dict[str, torch.Tensor]:
    if scope not in ("local", "global"):
        raise ValueError(f"scope must be 'local' or 'global', got {scope!r}")
    masks = {}
    for name, module in prunable_modules(model).items():
        masks[name] = magnitude_mask(module.weight.detach(), sparsity)
        torch_prune.custom_from_mask(module, "weight", masks[name])
    return masks
