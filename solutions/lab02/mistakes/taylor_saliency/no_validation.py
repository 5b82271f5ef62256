# mistake: does not check the batch: an empty batch gives NaN scores, float targets are read as probabilities
# wrong on: an empty batch returns NaN instead of raising ValueError
# expect: ValueError
def taylor_saliency(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, torch.Tensor]:
    layers = prunable_modules(model)
    flags = {module: module.training for module in model.modules()}
    model.eval()
    try:
        with torch.enable_grad():
            loss = F.cross_entropy(model(inputs), targets)
            weights = [layer.weight for layer in layers.values()]
            grads = torch.autograd.grad(loss, weights)
    finally:
        for module, flag in flags.items():
            module.training = flag
    return {name: (g * w).abs().detach() for name, g, w in zip(layers, grads, weights, strict=True)}
