# mistake: resets only Linear and Conv layers, BatchNorm keeps its running statistics
# expect: running statistics


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
        for module in new.modules():
            if isinstance(module, (nn.Linear, nn.Conv2d)):
                module.reset_parameters()
        with torch.no_grad():
            for name, m in masks.items():
                w = layers[name].weight
                w.copy_(torch.where(m != 0, w, torch.zeros_like(w)))
    return new
