# mistake: computes the first gradient with backward(create_graph=True), leaving .grad set
# expect: .grad
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
    ws = [l.weight for l in layers.values()]
    saved = [w.grad for w in ws]
    with torch.enable_grad():
        loss = F.cross_entropy(model(inputs), targets)
        gs = torch.autograd.grad(loss, ws, create_graph=True)
        for name, g, w in zip(layers, gs, ws):
            flat = g.flatten()
            h = torch.zeros(flat.numel(), dtype=flat.dtype)
            for i in range(flat.numel()):
                w.grad = None
                flat[i].backward(retain_graph=True)
                h[i] = w.grad.flatten()[i]
            out[name] = (0.5 * h.reshape(w.shape) * w.detach() ** 2).detach()
    for m, f in flags:
        m.training = f
    return out
