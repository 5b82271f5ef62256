# mistake: casts float targets to long instead of raising ValueError
# expect: ValueError
def _check(model, inputs, targets):
    validate_type("model", model, nn.Module)
    validate_type("inputs", inputs, torch.Tensor)
    if inputs.ndim == 0 or inputs.shape[0] == 0:
        raise ValueError("empty batch")
    validate_type("targets", targets, torch.Tensor)
    if targets.dtype not in (torch.int64, torch.float32, torch.float64) or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("targets must be int64 of shape (N,)")


def taylor_saliency(model, inputs, targets):
    _check(model, inputs, targets)
    targets = targets.long()
    layers = prunable_modules(model)
    flags = {m: m.training for m in model.modules()}
    model.eval()
    try:
        with torch.enable_grad():
            loss = F.cross_entropy(model(inputs), targets)
            grads = torch.autograd.grad(loss, [m.weight for m in layers.values()])
    finally:
        for m, f in flags.items():
            m.training = f
    return {name: (g * m.weight).abs().detach() for (name, m), g in zip(layers.items(), grads)}
