# mistake: calls reset_parameters only on Linear and Conv layers: BatchNorm keeps its values and statistics
# expect: running statistics
def random_reinit(model, masks, seed):
    validate_type("model", model, nn.Module)
    validate_type("masks", masks, Mapping)
    layers = prunable_modules(model)
    for name, m in masks.items():
        validate_type(f"masks[{name!r}]", m, torch.Tensor)
        if name not in layers:
            raise KeyError(f"{name!r} is not a prunable layer")
        if tuple(m.shape) != tuple(layers[name].weight.shape):
            raise ValueError(f"mask {name!r} has the wrong shape")
    seed = validate_int("seed", seed)
    fresh = copy.deepcopy(model)
    new_layers = prunable_modules(fresh)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        for module in fresh.modules():
            if isinstance(module, (nn.Linear, nn.Conv2d)):
                module.reset_parameters()
        with torch.no_grad():
            for name, m in masks.items():
                weight = new_layers[name].weight
                weight[m.to(weight.device) == 0] = 0.0
    return fresh
