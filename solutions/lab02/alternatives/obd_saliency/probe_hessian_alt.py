# alternative: full Hessian by torch.autograd.functional.jacobian of the gradient, in float64
def obd_saliency(model, inputs, targets):
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
    flags = {m: m.training for m in model.modules()}
    model.eval()
    out = {}
    try:
        for name, k in keys.items():
            w0 = params[k]

            def grad_of(w, k=k):
                loss = F.cross_entropy(torch.func.functional_call(model, {**params, k: w}, (inputs,)), targets)
                return torch.autograd.grad(loss, w, create_graph=True)[0]

            with torch.enable_grad():
                jac = torch.autograd.functional.jacobian(grad_of, w0.clone().requires_grad_())
            h = jac.reshape(w0.numel(), w0.numel()).diagonal().reshape(w0.shape)
            out[name] = (0.5 * h.double() * w0.double() ** 2).to(w0.dtype)
    finally:
        for m, f in flags.items():
            m.training = f
    return out
