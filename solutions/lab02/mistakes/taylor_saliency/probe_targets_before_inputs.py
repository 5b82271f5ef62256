# mistake: checks targets' type before the empty inputs (not signature order)
# expect: empty batch with list targets
def taylor_saliency(model, inputs, targets):
    if not isinstance(model, nn.Module):
        raise TypeError("model must be an nn.Module")
    if not isinstance(inputs, torch.Tensor) or not isinstance(targets, torch.Tensor):
        raise TypeError("inputs and targets must be tensors")
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
