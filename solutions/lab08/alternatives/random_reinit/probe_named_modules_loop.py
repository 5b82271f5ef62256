# alternative: uses named_modules and getattr reset, masks via masked_fill_


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
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        for _, module in new.named_modules():
            reset = getattr(module, "reset_parameters", None)
            if callable(reset):
                reset()
        with torch.no_grad():
            for name, m in masks.items():
                w = layers[name].weight
                w.masked_fill_(m == 0, 0.0)
    return new
