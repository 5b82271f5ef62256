# alternative: walks named_modules itself, keeping prunable_modules' order, global via the lab's function
def prune_model(model, sparsity, scope):
    import numbers

    from torch.nn.utils import prune

    if not isinstance(model, nn.Module):
        raise TypeError("model")
    if isinstance(sparsity, bool) or not isinstance(sparsity, numbers.Real):
        raise TypeError("sparsity")
    if not (0 <= sparsity <= 1):
        raise ValueError("sparsity")
    if type(scope) is not str:
        raise TypeError("scope")
    if scope not in {"local", "global"}:
        raise ValueError("scope")
    names = list(prunable_modules(model))
    layers = dict(model.named_modules())
    weights = {name: layers[name].weight.detach() for name in names}
    masks = (
        global_magnitude_masks(weights, sparsity)
        if scope == "global"
        else {name: magnitude_mask(w, sparsity) for name, w in weights.items()}
    )
    for name in names:
        prune.custom_from_mask(layers[name], "weight", masks[name])
    return {name: masks[name] for name in names}
