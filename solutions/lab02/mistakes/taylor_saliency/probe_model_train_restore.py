# mistake: restores with model.train(was): a submodule's own eval flag is lost
# expect: training flag
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
    was = model.training
    model.eval()
    with torch.enable_grad():
        loss = F.cross_entropy(model(inputs), targets)
        grads = torch.autograd.grad(loss, [l.weight for l in layers.values()])
    model.train(was)
    return {name: (g * l.weight).abs().detach() for (name, l), g in zip(layers.items(), grads)}
