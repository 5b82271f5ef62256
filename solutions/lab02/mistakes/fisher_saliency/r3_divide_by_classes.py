# mistake: divides by the number of outputs instead of N
# expect: fisher_saliency
def _check(model, inputs, targets):
    validate_type("model", model, nn.Module)
    validate_type("inputs", inputs, torch.Tensor)
    if inputs.ndim == 0 or inputs.shape[0] == 0:
        raise ValueError("empty batch")
    validate_type("targets", targets, torch.Tensor)
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("targets must be int64 of shape (N,)")


def fisher_saliency(model, inputs, targets):
    _check(model, inputs, targets)
    layers = prunable_modules(model)
    flags = {m: m.training for m in model.modules()}
    model.eval()
    try:
        with torch.enable_grad():
            sums = {name: torch.zeros_like(m.weight) for name, m in layers.items()}
            for n in range(inputs.shape[0]):
                loss = F.cross_entropy(model(inputs[n : n + 1]), targets[n : n + 1])
                gs = torch.autograd.grad(loss, [m.weight for m in layers.values()])
                for name, g in zip(layers, gs):
                    sums[name] = sums[name] + g.detach() ** 2
    finally:
        for m, f in flags.items():
            m.training = f
    return {name: (m.weight.detach() ** 2 * sums[name] / (targets.max().item() + 1)) for name, m in layers.items()}
