# alternative: saves torch.get_rng_state() and restores it with set_rng_state instead of fork_rng
def random_reinit(model, masks, seed):
    validate_type("model", model, nn.Module)
    validate_type("masks", masks, Mapping)
    layers = prunable_modules(model)
    for name, mask in masks.items():
        validate_type("mask", mask, torch.Tensor)
        if name not in layers:
            raise KeyError(f"no prunable layer {name!r}")
        if tuple(mask.shape) != tuple(layers[name].weight.shape):
            raise ValueError("mask shape differs")
    seed = validate_int("seed", seed)
    fresh = copy.deepcopy(model)
    saved = torch.get_rng_state()
    try:
        torch.manual_seed(seed)
        for module in list(fresh.modules()):
            if hasattr(module, "reset_parameters"):
                module.reset_parameters()
        fresh_layers = prunable_modules(fresh)
        with torch.no_grad():
            for name, mask in masks.items():
                w = fresh_layers[name].weight
                w.copy_(torch.where(mask.bool(), w, torch.zeros_like(w)))
    finally:
        torch.set_rng_state(saved)
    return fresh
