# mistake: uses zero_grad + backward, so the caller's .grad is destroyed
# expect: .grad
def taylor_saliency(model, inputs, targets):
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
    flags = [(m, m.training) for m in model.modules()]
    model.eval()
    model.zero_grad()
    with torch.enable_grad():
        F.cross_entropy(model(inputs), targets).backward()
    for m, f in flags:
        m.training = f
    out = {name: (l.weight.grad * l.weight).abs().detach().clone() for name, l in layers.items()}
    model.zero_grad()
    return out
