# mistake: does not check the mask's shape, a broadcastable mask is applied
# expect: ValueError
def random_reinit(model, masks, seed):
    validate_type("model", model, nn.Module)
    validate_type("masks", masks, Mapping)
    layers = prunable_modules(model)
    for name, m in masks.items():
        validate_type(f"masks[{name!r}]", m, torch.Tensor)
        if name not in layers:
            raise KeyError(f"{name!r} is not a prunable layer")
    seed = validate_int("seed", seed)
    fresh = copy.deepcopy(model)
    new_layers = prunable_modules(fresh)
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        for module in fresh.modules():
            if hasattr(module, "reset_parameters"):
                module.reset_parameters()
        with torch.no_grad():
            for name, m in masks.items():
                weight = new_layers[name].weight
                weight[(m.to(weight.device) == 0).expand_as(weight)] = 0.0
    return fresh
