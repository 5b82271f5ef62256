# mistake: prunes layer by layer and only raises on a bad scope inside the loop after attaching, so the model is changed before ValueError
# wrong on: prune_model(nn.Sequential(nn.Linear(4, 2), nn.Linear(2, 1)), 0.5, "Global"): raises ValueError but layer "0" already has weight_mask; the docstring demands raising before the model is changed
# expect: prune_model
def prune_model(model: nn.Module, sparsity: float, scope: str) -> dict[str, torch.Tensor]:
    from torch.nn.utils import prune

    layers = prunable_modules(model)
    global_masks = None
    if scope == "global":
        global_masks = global_magnitude_masks({name: m.weight for name, m in layers.items()}, sparsity)
    masks = {}
    for name, m in layers.items():
        mask = global_masks[name] if global_masks is not None else magnitude_mask(m.weight, sparsity)
        prune.custom_from_mask(m, "weight", mask)
        masks[name] = mask
        if scope not in ("local", "global"):
            raise ValueError(f"scope must be 'local' or 'global', got {scope!r}")
    return masks
