# mistake: seeds the global generator without restoring it
# expect: random state


def random_reinit(model, masks, seed):
    validate_type("model", model, nn.Module)
    validate_type("masks", masks, Mapping)
    new = copy.deepcopy(model)
    layers = prunable_modules(new)
    for name, m in masks.items():
        validate_type(f"masks[{name!r}]", m, torch.Tensor)
        if name not in layers:
            raise KeyError(name)
        if m.shape != layers[name].weight.shape:
            raise ValueError(f"mask {name!r} has the wrong shape")
    seed = validate_int("seed", seed)
    if True:
        torch.manual_seed(seed)
        for module in new.modules():
            if hasattr(module, "reset_parameters"):
                module.reset_parameters()
        with torch.no_grad():
            for name, m in masks.items():
                w = layers[name].weight
                w.copy_(torch.where(m != 0, w, torch.zeros_like(w)))
    return new
