# mistake: takes per-sample gradients as N times the gradient of the mean loss (every sample gets the batch gradient)
# wrong on: hand_case: 9 times the squared mean gradient
# expect: per-sample
def fisher_saliency(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, torch.Tensor]:
    if inputs.dim() == 0 or inputs.shape[0] == 0:
        raise ValueError("inputs must hold at least one sample")
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("targets must be int64 labels of shape (N,)")
    layers = prunable_modules(model)
    weights = [layer.weight for layer in layers.values()]
    flags = {module: module.training for module in model.modules()}
    model.eval()
    with torch.enable_grad():
        grads = torch.autograd.grad(F.cross_entropy(model(inputs), targets) * inputs.shape[0], weights)
    for module, flag in flags.items():
        module.training = flag
    return {name: w.detach() ** 2 * g**2 for name, w, g in zip(layers, weights, grads, strict=True)}
