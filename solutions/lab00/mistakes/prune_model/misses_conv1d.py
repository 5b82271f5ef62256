# mistake: selects layers itself with isinstance(module, (nn.Linear, nn.Conv2d)) instead of prunable_modules, so nn.Conv1d layers are skipped
# wrong on: m = nn.Sequential(nn.Conv1d(1, 2, 3), nn.Flatten(), nn.Linear(4, 1)); prune_model(m, 0.5, "local"): returns masks only for "2" and leaves the Conv1d unpruned, the docstring demands masks for "0" and "2" (prunable_modules order) with both pruned
# expect: Conv1d
def prune_model(model: nn.Module, sparsity: float, scope: str) -> dict[str, torch.Tensor]:
    from torch.nn.utils import prune

    if scope not in ("local", "global"):
        raise ValueError(f"scope must be 'local' or 'global', got {scope!r}")
    layers = {name: m for name, m in model.named_modules() if isinstance(m, (nn.Linear, nn.Conv2d))}
    if scope == "local":
        masks = {name: magnitude_mask(m.weight, sparsity) for name, m in layers.items()}
    else:
        masks = global_magnitude_masks({name: m.weight for name, m in layers.items()}, sparsity)
    for name, m in layers.items():
        prune.custom_from_mask(m, "weight", masks[name])
    return masks
