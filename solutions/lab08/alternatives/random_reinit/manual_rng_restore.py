# alternative: saves and restores the random state by hand
def random_reinit(model: nn.Module, masks: Mapping[str, torch.Tensor], seed: int) -> nn.Module:
    validate_type("model", model, nn.Module)
    validate_type("masks", masks, Mapping)
    fresh = copy.deepcopy(model)
    layers = prunable_modules(fresh)
    for name, mask in masks.items():
        validate_type(f"masks[{name!r}]", mask, torch.Tensor)
        if name not in layers:
            raise KeyError(f"no prunable layer named {name!r}")
        if tuple(mask.shape) != tuple(layers[name].weight.shape):
            raise ValueError(f"mask {name!r} has the wrong shape")
    seed = validate_int("seed", seed)
    saved = torch.get_rng_state()
    torch.manual_seed(seed)
    for module in fresh.modules():
        if hasattr(module, "reset_parameters"):
            module.reset_parameters()
    torch.set_rng_state(saved)
    with torch.no_grad():
        for name, mask in masks.items():
            layers[name].weight[mask == 0] = 0.0
    return fresh
