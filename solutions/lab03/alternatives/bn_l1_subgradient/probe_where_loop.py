# alternative: torch.where on the signs, a named_modules loop, zeros for a missing grad
def bn_l1_subgradient(model, lam):
    import numbers

    if not isinstance(model, nn.Module):
        raise TypeError("model must be an nn.Module")
    if isinstance(lam, bool) or not isinstance(lam, numbers.Real):
        raise TypeError("lam must be a real number")
    lam = float(lam)
    if math.isnan(lam) or math.isinf(lam) or lam < 0:
        raise ValueError("bad lam")
    for _, module in model.named_modules():
        if (
            isinstance(module, (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d, nn.SyncBatchNorm))
            and module.weight is not None
        ):
            w = module.weight.detach()
            step = torch.where(
                w > 0, torch.full_like(w, lam), torch.where(w < 0, torch.full_like(w, -lam), torch.zeros_like(w))
            )
            if module.weight.grad is None:
                module.weight.grad = torch.zeros_like(w)
            module.weight.grad += step
