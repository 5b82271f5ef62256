# alternative: ranks every weight itself with a stable float64 sort, attaches with custom_from_mask
def prune_model(model, sparsity, scope):
    import torch.nn.utils.prune as P

    from utils.validation import validate_fraction, validate_type

    validate_type("model", model, nn.Module)
    sparsity = validate_fraction("sparsity", sparsity)
    validate_type("scope", scope, str)
    if scope != "local" and scope != "global":
        raise ValueError(f"unknown scope {scope!r}")
    layers = prunable_modules(model)
    masks = {}
    if scope == "local":
        for name, layer in layers.items():
            masks[name] = magnitude_mask(layer.weight.detach().clone(), sparsity)
    else:
        flat = torch.cat([l.weight.detach().abs().reshape(-1).double() for l in layers.values()])
        k = round(sparsity * flat.numel())
        keep = torch.ones_like(flat)
        keep[torch.argsort(flat, stable=True)[:k]] = 0
        start = 0
        for name, layer in layers.items():
            n = layer.weight.numel()
            masks[name] = keep[start : start + n].reshape(layer.weight.shape).to(layer.weight.dtype)
            start += n
    for name, layer in layers.items():
        P.custom_from_mask(layer, name="weight", mask=masks[name])
    return masks
