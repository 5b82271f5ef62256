# mistake: a list for inputs raises AttributeError, not TypeError
# expect: list inputs
def taylor_saliency(model, inputs, targets):
    if inputs.dim() == 0 or inputs.shape[0] == 0:
        raise ValueError("empty batch")
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("bad targets")
    layers = prunable_modules(model)
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
