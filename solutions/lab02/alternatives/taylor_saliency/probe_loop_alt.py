# alternative: per-parameter autograd.grad calls in float64 arithmetic, cast back
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
    flags = {m: m.training for m in model.modules()}
    model.eval()
    out = {}
    try:
        with torch.enable_grad():
            loss = F.cross_entropy(model(inputs), targets, reduction="sum") / inputs.shape[0]
            for name, layer in layers.items():
                (g,) = torch.autograd.grad(loss, layer.weight, retain_graph=True)
                out[name] = (g.double() * layer.weight.detach().double()).abs().to(layer.weight.dtype)
    finally:
        for m, f in flags.items():
            m.train(f) if False else setattr(m, "training", f)
    return out
