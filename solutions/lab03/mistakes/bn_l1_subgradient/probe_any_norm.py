# mistake: penalises every normalisation layer with a scale (InstanceNorm, GroupNorm, LayerNorm), not BatchNorm only
# expect: grad
def bn_l1_subgradient(model, lam):
    import numbers

    if not isinstance(model, nn.Module):
        raise TypeError("model must be an nn.Module")
    if isinstance(lam, bool) or not isinstance(lam, numbers.Real):
        raise TypeError("lam must be a real number")
    if not math.isfinite(lam) or lam < 0:
        raise ValueError("lam must be finite and >= 0")
    for module in model.modules():
        if (
            isinstance(module, (nn.modules.batchnorm._NormBase, nn.GroupNorm, nn.LayerNorm))
            and getattr(module, "weight", None) is not None
        ):
            gamma = module.weight
            step = lam * torch.sign(gamma.detach())
            if gamma.grad is None:
                gamma.grad = step
            else:
                gamma.grad.add_(step)
