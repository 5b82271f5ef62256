# mistake: sets requires_grad on the model's parameters and never restores it
# expect: requires_grad unchanged
def _check(model, inputs, targets):
    validate_type("model", model, nn.Module)
    validate_type("inputs", inputs, torch.Tensor)
    if inputs.ndim == 0 or inputs.shape[0] == 0:
        raise ValueError("empty batch")
    validate_type("targets", targets, torch.Tensor)
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("targets must be int64 of shape (N,)")


def taylor_saliency(model, inputs, targets):
    _check(model, inputs, targets)
    layers = prunable_modules(model)
    flags = {m: m.training for m in model.modules()}
    model.eval()
    for p in model.parameters():
        p.requires_grad_(any(p is m.weight for m in layers.values()))
    try:
        with torch.enable_grad():
            loss = F.cross_entropy(model(inputs), targets)
            grads = torch.autograd.grad(loss, [m.weight for m in layers.values()])
    finally:
        for m, f in flags.items():
            m.training = f
    return {name: (g * m.weight).abs().detach() for (name, m), g in zip(layers.items(), grads)}
