# alternative: torch.func.grad of a functional_call over the weights
def taylor_saliency(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, torch.Tensor]:
    validate_type("model", model, nn.Module)
    validate_type("inputs", inputs, torch.Tensor)
    if inputs.dim() == 0 or inputs.shape[0] == 0:
        raise ValueError("inputs must hold at least one sample")
    validate_type("targets", targets, torch.Tensor)
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("targets must be int64 labels of shape (N,)")
    layers = prunable_modules(model)
    keys = {name: f"{name}.weight" if name else "weight" for name in layers}
    params = {k: p.detach() for k, p in model.named_parameters()}
    buffers = {k: b.detach() for k, b in model.named_buffers()}

    def loss_of(weights):
        return F.cross_entropy(torch.func.functional_call(model, ({**params, **weights}, buffers), (inputs,)), targets)

    flags = [(m, m.training) for m in model.modules()]
    model.eval()
    grads = torch.func.grad(loss_of)({k: params[k] for k in keys.values()})
    for m, flag in flags:
        m.training = flag
    return {name: (grads[k] * params[k]).abs() for name, k in keys.items()}
