# alternative: torch.func.jacrev of the vector of per-sample losses (each depends on its own sample only in eval mode)
def fisher_saliency(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, torch.Tensor]:
    validate_type("model", model, nn.Module)
    validate_type("inputs", inputs, torch.Tensor)
    if inputs.dim() == 0 or inputs.shape[0] == 0:
        raise ValueError("inputs must hold at least one sample")
    validate_type("targets", targets, torch.Tensor)
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("targets must be int64 labels of shape (N,)")
    layers = prunable_modules(model)
    keys = {name: f"{name}.weight" if name else "weight" for name in layers}
    params = {key: p.detach() for key, p in model.named_parameters()}
    buffers = {key: b.detach() for key, b in model.named_buffers()}

    def sample_loss(weights, x, y):
        out = torch.func.functional_call(model, ({**params, **weights}, buffers), (x,))
        return F.cross_entropy(out, y, reduction="none")

    flags = {module: module.training for module in model.modules()}
    model.eval()
    try:
        weights = {key: params[key] for key in keys.values()}
        grads = torch.func.jacrev(sample_loss)(weights, inputs, targets)
    finally:
        for module, flag in flags.items():
            module.training = flag
    return {name: params[key] ** 2 * (grads[key] ** 2).mean(dim=0) for name, key in keys.items()}
