# mistake: does not check the batch: an empty batch gives NaN (mean of nothing)
# wrong on: an empty batch
# expect: ValueError
def fisher_saliency(model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor) -> dict[str, torch.Tensor]:
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
    return {name: params[key] ** 2 * (grads[key] ** 2).mean(dim=0) for name, key in keys.items()}
