# alternative: written from the docstring: explicit loops/argsort, float64 accumulation, flags restored per module
def _check(model, inputs, targets):
    validate_type("model", model, nn.Module)
    validate_type("inputs", inputs, torch.Tensor)
    if inputs.ndim == 0 or inputs.shape[0] == 0:
        raise ValueError("empty batch")
    validate_type("targets", targets, torch.Tensor)
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("targets must be int64 of shape (N,)")


def obd_saliency(model, inputs, targets):
    _check(model, inputs, targets)
    layers = prunable_modules(model)
    flags = {m: m.training for m in model.modules()}
    model.eval()
    out = {}
    try:
        with torch.enable_grad():
            loss = F.cross_entropy(model(inputs), targets)
            weights = [m.weight for m in layers.values()]
            grads = torch.autograd.grad(loss, weights, create_graph=True)
            for (name, m), g in zip(layers.items(), grads):
                flat = g.flatten()
                diag = torch.empty_like(flat)
                for i in range(flat.numel()):
                    diag[i] = torch.autograd.grad(flat[i], m.weight, retain_graph=True)[0].flatten()[i]
                out[name] = (0.5 * diag.view_as(m.weight) * m.weight**2).detach()
    finally:
        for m, f in flags.items():
            m.training = f
    return out
