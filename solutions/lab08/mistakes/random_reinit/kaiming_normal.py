# mistake: draws weights with kaiming_normal_ and zero biases
# expect: reset_parameters
def random_reinit(model: nn.Module, masks: Mapping[str, torch.Tensor], seed: int) -> nn.Module:
    if not isinstance(model, nn.Module):
        raise TypeError(f"model must be an nn.Module, got {type(model).__name__}")
    if isinstance(seed, bool) or not isinstance(seed, int):
        raise TypeError(f"seed must be an int, got {seed!r}")
    fresh = copy.deepcopy(model)
    layers = prunable_modules(fresh)
    for name, mask in masks.items():
        if name not in layers:
            raise KeyError(f"no prunable layer named {name!r}")
        if tuple(mask.shape) != tuple(layers[name].weight.shape):
            raise ValueError(f"mask {name!r} has the wrong shape")
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        for module in fresh.modules():
            if hasattr(module, "reset_parameters"):
                if getattr(module, "weight", None) is not None and module.weight.dim() > 1:
                    nn.init.kaiming_normal_(module.weight)
                else:
                    module.reset_parameters()
    with torch.no_grad():
        for name, mask in masks.items():
            layers[name].weight[mask == 0] = 0.0
    return fresh
