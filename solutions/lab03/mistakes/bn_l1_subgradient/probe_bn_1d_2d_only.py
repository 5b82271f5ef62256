# mistake: handles BatchNorm1d and BatchNorm2d but not BatchNorm3d
# expect: BatchNorm3d
def bn_l1_subgradient(model, lam):
    import numbers

    if not isinstance(model, nn.Module):
        raise TypeError("model must be an nn.Module")
    if isinstance(lam, bool) or not isinstance(lam, numbers.Real):
        raise TypeError("lam must be a real number")
    if not math.isfinite(lam) or lam < 0:
        raise ValueError("lam must be finite and >= 0")
    for module in model.modules():
        if isinstance(module, (nn.BatchNorm1d, nn.BatchNorm2d)) and module.affine:
            gamma = module.weight
            step = lam * torch.sign(gamma.detach())
            if gamma.grad is None:
                gamma.grad = step
            else:
                gamma.grad.add_(step)
