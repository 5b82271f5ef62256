# mistake: processes (and returns) the layers in sorted name order instead of prunable_modules order, which also changes global tie-breaking
# wrong on: m = nn.Sequential(OrderedDict(b=nn.Linear(1, 1, bias=False), a=nn.Linear(1, 1, bias=False))) with both weights 1.0; prune_model(m, 0.5, "global"): prunes "a" and returns keys ["a", "b"], the docstring demands keys ["b", "a"] and pruning "b" (first in prunable_modules order)
# expect: prune_model
def prune_model(model: nn.Module, sparsity: float, scope: str) -> dict[str, torch.Tensor]:
    from torch.nn.utils import prune

    if scope not in ("local", "global"):
        raise ValueError(f"scope must be 'local' or 'global', got {scope!r}")
    layers = dict(sorted(prunable_modules(model).items()))
    if scope == "local":
        masks = {name: magnitude_mask(m.weight, sparsity) for name, m in layers.items()}
    else:
        masks = global_magnitude_masks({name: m.weight for name, m in layers.items()}, sparsity)
    for name, m in layers.items():
        prune.custom_from_mask(m, "weight", masks[name])
    return masks
