# mistake: multiplies by |w| instead of w**2
# wrong on: hand_case: 7/3 at [0, 1]
# expect: |w|
def fisher_saliency(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, torch.Tensor]:
    if inputs.dim() == 0 or inputs.shape[0] == 0:
        raise ValueError("inputs must hold at least one sample")
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("targets must be int64 labels of shape (N,)")
    layers = prunable_modules(model)
    keys = {name: f"{name}.weight" if name else "weight" for name in layers}
    params = {key: p.detach() for key, p in model.named_parameters()}
    buffers = {key: b.detach() for key, b in model.named_buffers()}

    def sample_loss(weights, x, y):
        out = torch.func.functional_call(model, ({**params, **weights}, buffers), (x.unsqueeze(0),))
        return F.cross_entropy(out, y.unsqueeze(0))

    flags = {module: module.training for module in model.modules()}
    model.eval()
    try:
        weights = {key: params[key] for key in keys.values()}
        grads = torch.func.vmap(torch.func.grad(sample_loss), in_dims=(None, 0, 0))(weights, inputs, targets)
    finally:
        for module, flag in flags.items():
            module.training = flag
    return {name: params[key].abs() * (grads[key] ** 2).mean(dim=0) for name, key in keys.items()}
