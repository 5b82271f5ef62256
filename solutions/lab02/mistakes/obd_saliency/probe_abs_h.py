# mistake: takes |h_ii|, losing negative curvature
# expect: all scores
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
    flags = [(m, m.training) for m in model.modules()]
    model.eval()
    out = {}
    try:
        with torch.enable_grad():
            loss = F.cross_entropy(model(inputs), targets)
            ws = [l.weight for l in layers.values()]
            gs = torch.autograd.grad(loss, ws, create_graph=True)
            for name, g, w in zip(layers, gs, ws):
                flat = g.flatten()
                eye = torch.eye(flat.numel(), dtype=flat.dtype)
                rows = torch.autograd.grad(flat, w, grad_outputs=eye, is_grads_batched=True, retain_graph=True)[0]
                h = rows.reshape(flat.numel(), -1).diagonal().reshape(w.shape)
                out[name] = (0.5 * h.abs() * w.detach() ** 2).detach()
    finally:
        for m, f in flags:
            m.training = f
    return out
