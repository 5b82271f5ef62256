# mistake: treats sign(0) as +1
# expect: sign(0)
def bn_l1_subgradient(model: nn.Module, lam: float) -> None:
    if not isinstance(model, nn.Module):
        raise TypeError("model must be a torch.nn.Module")
    if isinstance(lam, bool) or not isinstance(lam, (int, float)):
        raise TypeError(f"lam must be a real number, got {lam!r}")
    if not (math.isfinite(lam) and lam >= 0):
        raise ValueError(f"lam must be finite and >= 0, got {lam!r}")
    for module in model.modules():
        if isinstance(module, _BatchNorm) and module.weight is not None:
            step = lam * torch.where(module.weight.detach() >= 0, 1.0, -1.0).to(module.weight.dtype)
            if module.weight.grad is None:
                module.weight.grad = step
            else:
                module.weight.grad.add_(step)
