# alternative: computes |g * w| itself with autograd.grad instead of calling taylor_saliency
def snip_masks(
    model: nn.Module, inputs: torch.Tensor, targets: torch.Tensor, sparsity: float
) -> tuple[dict[str, torch.Tensor], dict[str, torch.Tensor]]:
    if isinstance(sparsity, bool) or not isinstance(sparsity, (int, float)):
        raise TypeError(f"sparsity must be a real number, got {sparsity!r}")
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must be in [0, 1], got {sparsity!r}")
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
