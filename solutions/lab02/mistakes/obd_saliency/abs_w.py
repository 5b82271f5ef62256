# mistake: multiplies h_ii by |w| instead of w**2
# wrong on: hand_case: 7/6 at [0, 1] instead of 7/3
# expect: |w|
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
                flat = g.flatten()
                eye = torch.eye(flat.numel(), dtype=flat.dtype, device=flat.device)
                rows = torch.autograd.grad(flat, w, grad_outputs=eye, is_grads_batched=True, retain_graph=True)[0]
                h = rows.reshape(flat.numel(), -1).diagonal().reshape(w.shape)
                scores[name] = (0.5 * h * w.abs()).detach()
    finally:
        for module, flag in flags.items():
            module.training = flag
    return scores
