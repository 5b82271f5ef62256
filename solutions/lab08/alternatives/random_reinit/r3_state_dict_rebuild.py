# alternative: re-initialises the copy, then zeroes the pruned weights with masked_fill_ under no_grad via named_modules
def random_reinit(model, masks, seed):
    if not isinstance(model, nn.Module):
        raise TypeError("model must be an nn.Module")
    if not isinstance(masks, Mapping):
        raise TypeError("masks must be a mapping")
    prunable = prunable_modules(model)
    for name, mask in masks.items():
        if not isinstance(mask, torch.Tensor):
            raise TypeError("masks must hold tensors")
        if name not in prunable:
            raise KeyError(name)
        if mask.shape != prunable[name].weight.shape:
            raise ValueError("shape")
    if isinstance(seed, bool) or not isinstance(seed, (int, np.integer)):
        raise TypeError("seed must be an int")
    new = copy.deepcopy(model)
    modules = dict(new.named_modules())
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(int(seed))
        for m in new.modules():
            reset = getattr(m, "reset_parameters", None)
            if callable(reset):
                reset()
        with torch.no_grad():
            for name, mask in masks.items():
                modules[name].weight.masked_fill_(mask == 0, 0.0)
    return new
