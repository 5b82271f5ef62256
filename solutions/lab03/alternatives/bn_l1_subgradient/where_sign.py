# alternative: sign written with torch.where, and grad = grad + step
def bn_l1_subgradient(model: nn.Module, lam: float) -> None:
    import numbers

    if not isinstance(model, nn.Module):
        raise TypeError("model must be a torch.nn.Module")
    if isinstance(lam, bool) or not isinstance(lam, numbers.Real):
        raise TypeError(f"lam must be a real number, got {lam!r}")
    if not (math.isfinite(lam) and lam >= 0):
        raise ValueError(f"lam must be finite and >= 0, got {lam!r}")
    for module in model.modules():
        if isinstance(module, _BatchNorm) and module.weight is not None:
            w = module.weight.detach()
            step = lam * torch.where(w > 0, 1.0, torch.where(w < 0, -1.0, 0.0)).to(w.dtype)
            if module.weight.grad is None:
                module.weight.grad = step
            else:
                module.weight.grad = module.weight.grad + step
