# alternative: a Python loop over samples, one autograd.grad per sample
def fisher_saliency(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, torch.Tensor]:
    validate_type("model", model, nn.Module)
    validate_type("inputs", inputs, torch.Tensor)
    if inputs.dim() == 0 or inputs.shape[0] == 0:
        raise ValueError("inputs must hold at least one sample")
    validate_type("targets", targets, torch.Tensor)
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("targets must be int64 labels of shape (N,)")
    layers = prunable_modules(model)
    weights = [layer.weight for layer in layers.values()]
    flags = {module: module.training for module in model.modules()}
    model.eval()
    total = [torch.zeros_like(w) for w in weights]
    try:
        with torch.enable_grad():
            for n in range(inputs.shape[0]):
                grads = torch.autograd.grad(F.cross_entropy(model(inputs[n : n + 1]), targets[n : n + 1]), weights)
                total = [t + g.detach() ** 2 for t, g in zip(total, grads, strict=True)]
    finally:
        for module, flag in flags.items():
            module.training = flag
    return {name: w.detach() ** 2 * t / inputs.shape[0] for name, w, t in zip(layers, weights, total, strict=True)}
