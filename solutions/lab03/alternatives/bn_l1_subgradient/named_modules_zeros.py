# alternative: walks named_modules and fills a missing grad with zeros first
def bn_l1_subgradient(model: nn.Module, lam: float) -> None:
    import numbers

    if not isinstance(model, nn.Module):
        raise TypeError("model must be a torch.nn.Module")
    if isinstance(lam, bool) or not isinstance(lam, numbers.Real):
        raise TypeError(f"lam must be a real number, got {lam!r}")
    if math.isnan(lam) or math.isinf(lam) or lam < 0:
        raise ValueError(f"lam must be finite and >= 0, got {lam!r}")
    for _, module in model.named_modules():
        if isinstance(module, (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d)) and module.affine:
            if module.weight.grad is None:
                module.weight.grad = torch.zeros_like(module.weight)
            with torch.no_grad():
                module.weight.grad += lam * module.weight.sign()
