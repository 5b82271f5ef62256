# mistake: squares the mean gradient instead of averaging squared per-sample gradients
# expect: all scores
def fisher_saliency(model, inputs, targets):
    if not isinstance(model, nn.Module):
        raise TypeError("model must be an nn.Module")
    if not isinstance(inputs, torch.Tensor):
        raise TypeError("inputs must be a tensor")
    if inputs.dim() == 0 or inputs.shape[0] == 0:
        raise ValueError("empty batch")
    if not isinstance(targets, torch.Tensor):
        raise TypeError("targets must be a tensor")
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("bad targets")
    layers = prunable_modules(model)
    keys = {name: (name + ".weight" if name else "weight") for name in layers}
    params = {k: p.detach() for k, p in model.named_parameters()}
    buffers = {k: b.detach() for k, b in model.named_buffers()}

    def one(ws, x, y):
        out = torch.func.functional_call(model, ({**params, **ws}, buffers), (x.unsqueeze(0),))
        return F.cross_entropy(out, y.unsqueeze(0))

    flags = {m: m.training for m in model.modules()}
    model.eval()
    try:
        grads = torch.func.vmap(torch.func.grad(one), in_dims=(None, 0, 0))(
            {k: params[k] for k in keys.values()}, inputs, targets
        )
    finally:
        for m, f in flags.items():
            m.training = f
    return {name: (params[k] ** 2 * grads[k].mean(dim=0) ** 2) for name, k in keys.items()}
