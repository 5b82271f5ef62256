# mistake: torch.func.grad's result depends on the biases, which require grad: no detach
# expect: requires_grad
def taylor_saliency(model, inputs, targets):
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
    params = dict(model.named_parameters())
    flags = {m: m.training for m in model.modules()}
    model.eval()
    try:

        def loss_of(ws):
            return F.cross_entropy(torch.func.functional_call(model, ws, (inputs,)), targets)

        grads = torch.func.grad(loss_of)({k: params[k].detach() for k in keys.values()})
    finally:
        for m, f in flags.items():
            m.training = f
    return {name: torch.abs(grads[k] * params[k].detach()) for name, k in keys.items()}
