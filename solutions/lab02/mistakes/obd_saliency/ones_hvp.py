# mistake: takes one Hessian-vector product with a vector of ones (H @ 1) as the diagonal
# wrong on: hand_case: zeros (every row of the softmax Hessian sums to 0)
# expect: ones
def obd_saliency(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, torch.Tensor]:
    if inputs.dim() == 0 or inputs.shape[0] == 0:
        raise ValueError("inputs must hold at least one sample")
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("targets must be int64 labels of shape (N,)")
    layers = prunable_modules(model)
    weights = [layer.weight for layer in layers.values()]
    flags = {module: module.training for module in model.modules()}
    model.eval()
    scores = {}
    try:
        with torch.enable_grad():
            loss = F.cross_entropy(model(inputs), targets)
            grads = torch.autograd.grad(loss, weights, create_graph=True)
            for name, g, w in zip(layers, grads, weights, strict=True):
                h = torch.autograd.grad(g, w, grad_outputs=torch.ones_like(g), retain_graph=True)[0]
                scores[name] = (0.5 * h * w**2).detach()
    finally:
        for module, flag in flags.items():
            module.training = flag
    return scores
