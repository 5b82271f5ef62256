# mistake: h_ii by central finite differences of the gradient (eps=1e-3): approximate, not exact
# expect: obd_saliency
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
    eps = 1e-3
    try:
        for name, m in layers.items():
            flat = m.weight.data.view(-1)
            diag = torch.empty_like(flat)
            for i in range(flat.numel()):
                kept = flat[i].clone()
                gs = []
                for d in (eps, -eps):
                    flat[i] = kept + d
                    with torch.enable_grad():
                        g = torch.autograd.grad(F.cross_entropy(model(inputs), targets), m.weight)[0]
                    gs.append(g.view(-1)[i])
                flat[i] = kept
                diag[i] = (gs[0] - gs[1]) / (2 * eps)
            out[name] = 0.5 * diag.view_as(m.weight) * m.weight.detach() ** 2
    finally:
        for m, f in flags.items():
            m.training = f
    return out
