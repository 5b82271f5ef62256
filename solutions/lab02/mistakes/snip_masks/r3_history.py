# mistake: scores keep autograd history (no detach)
# expect: autograd history
def _check(model, inputs, targets):
    validate_type("model", model, nn.Module)
    validate_type("inputs", inputs, torch.Tensor)
    if inputs.ndim == 0 or inputs.shape[0] == 0:
        raise ValueError("empty batch")
    validate_type("targets", targets, torch.Tensor)
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("targets must be int64 of shape (N,)")


def snip_masks(model, inputs, targets, sparsity):
    _check(model, inputs, targets)
    validate_fraction("sparsity", sparsity)
    layers = prunable_modules(model)
    flags = {m: m.training for m in model.modules()}
    model.eval()
    try:
        with torch.enable_grad():
            loss = F.cross_entropy(model(inputs), targets)
            grads = torch.autograd.grad(loss, [m.weight for m in layers.values()])
    finally:
        for m, f in flags.items():
            m.training = f
    raw = {name: (g * m.weight).abs() for (name, m), g in zip(layers.items(), grads)}
    total = sum(float(r.double().sum()) for r in raw.values())
    scores = {n: (r / total if total > 0 else torch.zeros_like(r)) for n, r in raw.items()}
    return scores, scores_to_mask(scores, sparsity, "global")
