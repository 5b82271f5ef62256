# mistake: rejects negative lam but lets inf through
# expect: error raised
def bn_l1_subgradient(model, lam):
    import numbers

    if not isinstance(model, nn.Module):
        raise TypeError("model must be an nn.Module")
    if isinstance(lam, bool) or not isinstance(lam, numbers.Real):
        raise TypeError("lam must be a real number")
    if lam < 0 or lam != lam:
        raise ValueError("lam must be finite and >= 0")
    for module in model.modules():
        if isinstance(module, _BatchNorm) and module.affine:
            gamma = module.weight
            step = lam * torch.sign(gamma.detach())
            if gamma.grad is None:
                gamma.grad = step
            else:
                gamma.grad.add_(step)
