# mistake: scores only nn.Linear layers (forgets Conv1d/Conv2d)
# expect: all scores
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
    layers = {n: m for n, m in model.named_modules() if isinstance(m, nn.Linear)}
    flags = [(m, m.training) for m in model.modules()]
    model.eval()
    try:
        with torch.enable_grad():
            loss = F.cross_entropy(model(inputs), targets)
            grads = torch.autograd.grad(loss, [l.weight for l in layers.values()])
    finally:
        for m, f in flags:
            m.training = f
    return {name: (g * l.weight).abs().detach() for (name, l), g in zip(layers.items(), grads)}
