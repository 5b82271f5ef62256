# alternative: one Hessian-vector product per unit vector through grad_outputs, keeping entry i
def obd_saliency(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, torch.Tensor]:
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
    scores = {}
    try:
        with torch.enable_grad():
            loss = F.cross_entropy(model(inputs), targets)
            grads = torch.autograd.grad(loss, weights, create_graph=True)
            for name, g, w in zip(layers, grads, weights, strict=True):
                h = torch.zeros_like(w).flatten()
                for i in range(w.numel()):
                    e = torch.zeros(w.numel(), dtype=w.dtype, device=w.device)
                    e[i] = 1.0
                    hv = torch.autograd.grad(g, w, grad_outputs=e.reshape(w.shape), retain_graph=True)[0]
                    h[i] = hv.flatten()[i]
                h = h.reshape(w.shape)
                scores[name] = (0.5 * h * w**2).detach()
    finally:
        for module, flag in flags.items():
            module.training = flag
    return scores
