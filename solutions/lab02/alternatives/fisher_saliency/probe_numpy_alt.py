# alternative: per-sample loop with numpy for the averaging
def fisher_saliency(model, inputs, targets):
    if not isinstance(model, nn.Module):
        raise TypeError("model must be an nn.Module")
    if not isinstance(inputs, torch.Tensor):
        raise TypeError("inputs must be a tensor")
    if inputs.dim() == 0 or inputs.shape[0] == 0:
        raise ValueError("empty batch")
    if not isinstance(targets, torch.Tensor):
        raise TypeError("targets must be a tensor")
    if targets.dtype != torch.int64 or tuple(targets.shape) != (inputs.shape[0],):
        raise ValueError("bad targets")
    layers = prunable_modules(model)
    flags = {m: m.training for m in model.modules()}
    model.eval()
    ws = [l.weight for l in layers.values()]
    per = {name: [] for name in layers}
    try:
        with torch.enable_grad():
            for x, y in zip(inputs, targets):
                loss = F.cross_entropy(model(x.unsqueeze(0)), y.unsqueeze(0))
                for name, g in zip(layers, torch.autograd.grad(loss, ws)):
                    per[name].append(g.detach().numpy().astype(np.float64))
    finally:
        for m, f in flags.items():
            m.training = f
    return {
        name: torch.from_numpy(
            np.mean(np.square(np.stack(per[name])), axis=0) * w.detach().numpy().astype(np.float64) ** 2
        ).to(w.dtype)
        for name, w in zip(layers, ws)
    }
