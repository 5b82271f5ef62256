# alternative: multiplies by the mask cast to the weight's dtype
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
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        for module in fresh.modules():
            if hasattr(module, "reset_parameters"):
                module.reset_parameters()
    with torch.no_grad():
        for name, mask in masks.items():
            layers[name].weight.mul_((mask != 0).to(layers[name].weight.dtype))
    return fresh
