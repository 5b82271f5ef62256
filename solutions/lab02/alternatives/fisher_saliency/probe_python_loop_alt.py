# alternative: a Python loop over samples, one autograd.grad each, accumulated in float64
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
    flags = {m: m.training for m in model.modules()}
    model.eval()
    ws = [l.weight for l in layers.values()]
    acc = [torch.zeros(w.shape, dtype=torch.float64) for w in ws]
    try:
        with torch.enable_grad():
            for n in range(inputs.shape[0]):
                loss = F.cross_entropy(model(inputs[n : n + 1]), targets[n : n + 1])
                for a, g in zip(acc, torch.autograd.grad(loss, ws)):
                    a += g.double() ** 2
    finally:
        for m, f in flags.items():
            m.training = f
    return {name: (w.detach().double() ** 2 * a / inputs.shape[0]).to(w.dtype) for name, w, a in zip(layers, ws, acc)}
