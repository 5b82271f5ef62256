# alternative: computes |g * w| itself with autograd.grad instead of calling taylor_saliency
def snip_masks(
    model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor, sparsity: float
) -> tuple[dict[str, torch.Tensor], dict[str, torch.Tensor]]:
    validate_type("model", model, nn.Module)
    validate_type("inputs", inputs, torch.Tensor)
    if inputs.dim() == 0 or inputs.shape[0] == 0:
        raise ValueError("inputs must hold at least one sample")
    validate_type("targets", targets, torch.Tensor)
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("targets must be int64 labels of shape (N,)")
    sparsity = validate_fraction("sparsity", sparsity)
    layers = prunable_modules(model)
    flags = [(m, m.training) for m in model.modules()]
    model.eval()
    weights = [m.weight for m in layers.values()]
    grads = torch.autograd.grad(F.cross_entropy(model(inputs), targets), weights)
    for m, flag in flags:
        m.training = flag
    raw = {name: (g * w).abs().detach() for name, g, w in zip(layers, grads, weights, strict=True)}
    total = sum(float(s.double().sum()) for s in raw.values())
    scores = {name: s / total if total > 0 else s for name, s in raw.items()}
    return scores, scores_to_mask(scores, sparsity, "global")
