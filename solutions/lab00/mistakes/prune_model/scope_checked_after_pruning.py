# mistake: checks scope only after attaching the masks (any scope other than "global" is pruned locally first), so the model is modified before the ValueError
# wrong on: prune_model(m, 0.5, "per-layer") with m = LeNet300100(in_features=4): raises ValueError, but m has already been pruned (fc1.weight_mask exists)
# expect: before any mask is attached
import torch.nn.utils.prune as torch_prune


def prune_model(model: nn.Module, sparsity: float, scope: str) -> dict[str, torch.Tensor]:
    modules = prunable_modules(model)
    weights = {name: module.weight.detach() for name, module in modules.items()}
    if scope == "global":
        masks = global_magnitude_masks(weights, sparsity)
    else:
        masks = {name: magnitude_mask(w, sparsity) for name, w in weights.items()}
    for name, module in modules.items():
        torch_prune.custom_from_mask(module, "weight", masks[name])
    if scope not in ("local", "global"):
        raise ValueError(f"scope must be 'local' or 'global', got {scope!r}")
    return masks
