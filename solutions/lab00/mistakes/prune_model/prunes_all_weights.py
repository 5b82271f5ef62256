# mistake: prunes every module that owns a parameter named "weight" (picked via named_parameters), so BatchNorm weights are pruned too and join the global ranking
# wrong on: m = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4)); prune_model(m, 0.5, "local"): also attaches a mask to the BatchNorm "1" and returns its mask, the docstring demands only "0" pruned and BatchNorm left as it is
# expect: prune_model
def prune_model(model: nn.Module, sparsity: float, scope: str) -> dict[str, torch.Tensor]:
    from torch.nn.utils import prune

    if scope not in ("local", "global"):
        raise ValueError(f"scope must be 'local' or 'global', got {scope!r}")
    modules = dict(model.named_modules())
    layers = {}
    for pname, _ in model.named_parameters():
        if pname == "weight" or pname.endswith(".weight"):
            mname = pname[: -len("weight")].rstrip(".")
            layers[mname] = modules[mname]
    if scope == "local":
        masks = {name: magnitude_mask(m.weight, sparsity) for name, m in layers.items()}
    else:
        masks = global_magnitude_masks({name: m.weight for name, m in layers.items()}, sparsity)
    for name, m in layers.items():
        prune.custom_from_mask(m, "weight", masks[name])
    return masks
