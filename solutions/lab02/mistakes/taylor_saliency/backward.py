# mistake: calls model.zero_grad() and loss.backward(), then reads .grad, destroying the caller's gradients
# wrong on: a model whose .grad was all ones: it is replaced
# expect: .grad
def taylor_saliency(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, torch.Tensor]:
    if inputs.dim() == 0 or inputs.shape[0] == 0:
        raise ValueError("inputs must hold at least one sample")
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("targets must be int64 labels of shape (N,)")
    layers = prunable_modules(model)
    flags = {module: module.training for module in model.modules()}
    model.eval()
    model.zero_grad()
    with torch.enable_grad():
        F.cross_entropy(model(inputs), targets).backward()
    for module, flag in flags.items():
        module.training = flag
    return {name: (layer.weight.grad * layer.weight).abs().detach() for name, layer in layers.items()}
