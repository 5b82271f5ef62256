# mistake: validates lam before model, so a bad model with a negative lam raises ValueError
# expect: error raised
def bn_l1_subgradient(model, lam):
    import numbers

    if isinstance(lam, bool) or not isinstance(lam, numbers.Real):
        raise TypeError("lam must be a real number")
    if not math.isfinite(lam) or lam < 0:
        raise ValueError("lam must be finite and >= 0")
    if not isinstance(model, nn.Module):
        raise TypeError("model must be an nn.Module")
    for module in model.modules():
        if isinstance(module, _BatchNorm) and module.affine:
            step = lam * torch.sign(module.weight.detach())
            if module.weight.grad is None:
                module.weight.grad = step
            else:
                module.weight.grad.add_(step)
