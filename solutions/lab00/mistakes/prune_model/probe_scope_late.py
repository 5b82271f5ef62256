# mistake: checks scope only after the local masks were attached
# expect: ValueError
def prune_model(model, sparsity, scope):
    import numbers

    from torch.nn.utils import prune as torch_prune

    if not isinstance(model, nn.Module):
        raise TypeError("model must be an nn.Module")
    if isinstance(sparsity, bool) or not isinstance(sparsity, numbers.Real):
        raise TypeError("sparsity must be a real number")
    if not 0 <= sparsity <= 1:
        raise ValueError("sparsity must be in [0, 1]")
    if not isinstance(scope, str):
        raise TypeError("scope must be a str")
    modules = prunable_modules(model)
    weights = {name: m.weight.detach() for name, m in modules.items()}
    masks = {name: magnitude_mask(w, sparsity) for name, w in weights.items()}
    for name, m in modules.items():
        torch_prune.custom_from_mask(m, "weight", masks[name])
    if scope not in ("local", "global"):
        raise ValueError("scope must be 'local' or 'global'")
    if scope == "global":
        for m in modules.values():
            torch_prune.remove(m, "weight")
        weights = {name: m.weight.detach() for name, m in modules.items()}
        masks = global_magnitude_masks(weights, sparsity)
        for name, m in modules.items():
            torch_prune.custom_from_mask(m, "weight", masks[name])
    return masks
