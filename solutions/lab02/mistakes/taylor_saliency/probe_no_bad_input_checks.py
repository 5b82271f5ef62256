# mistake: validates nothing: float targets and wrong lengths are not rejected
# expect: the error raised
def taylor_saliency(model, inputs, targets):
    if inputs.shape[0] == 0:
        raise ValueError("empty batch")
    layers = prunable_modules(model)
    flags = [(m, m.training) for m in model.modules()]
    model.eval()
    try:
        with torch.enable_grad():
            loss = F.cross_entropy(model(inputs), targets)
            grads = torch.autograd.grad(loss, [l.weight for l in layers.values()])
    finally:
        for m, f in flags:
            m.training = f
    return {name: (g * l.weight).abs().detach() for (name, l), g in zip(layers.items(), grads)}
