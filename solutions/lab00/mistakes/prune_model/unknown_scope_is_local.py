# mistake: treats every scope other than "global" as local, so an invalid scope prunes the model instead of raising
# wrong on: prune_model(nn.Sequential(nn.Linear(4, 2)), 0.5, "layer"): prunes locally and returns masks, the docstring demands ValueError with the model unchanged
# expect: prune_model
def prune_model(model: nn.Module, sparsity: float, scope: str) -> dict[str, torch.Tensor]:
    from torch.nn.utils import prune

    layers = prunable_modules(model)
    if scope == "global":
        masks = global_magnitude_masks({name: m.weight for name, m in layers.items()}, sparsity)
    else:
        masks = {name: magnitude_mask(m.weight, sparsity) for name, m in layers.items()}
    for name, m in layers.items():
        prune.custom_from_mask(m, "weight", masks[name])
    return masks
