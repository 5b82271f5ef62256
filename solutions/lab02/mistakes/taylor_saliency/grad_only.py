# mistake: scores |g| without multiplying by the weight
# wrong on: hand_case: 1/3 everywhere
# expect: |g|
def taylor_saliency(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, torch.Tensor]:
    if inputs.dim() == 0 or inputs.shape[0] == 0:
        raise ValueError("inputs must hold at least one sample")
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("targets must be int64 labels of shape (N,)")
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
    return {name: g.abs().detach() for name, g, w in zip(layers, grads, weights, strict=True)}
