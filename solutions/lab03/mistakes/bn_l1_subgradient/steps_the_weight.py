# mistake: applies the step to gamma itself instead of to its gradient
# expect: left alone
def bn_l1_subgradient(model: nn.Module, lam: float) -> None:
    if not isinstance(model, nn.Module):
        raise TypeError("model must be a torch.nn.Module")
    if isinstance(lam, bool) or not isinstance(lam, (int, float)):
        raise TypeError(f"lam must be a real number, got {lam!r}")
    if not (math.isfinite(lam) and lam >= 0):
        raise ValueError(f"lam must be finite and >= 0, got {lam!r}")
    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, _BatchNorm) and module.weight is not None:
                module.weight -= lam * torch.sign(module.weight)
