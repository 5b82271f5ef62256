# mistake: accepts any lam, negative, NaN or a bool
# expect: lam must be a finite real number
def bn_l1_subgradient(model: nn.Module, lam: float) -> None:
    if not isinstance(model, nn.Module):
        raise TypeError("model must be a torch.nn.Module")
    for module in model.modules():
        if isinstance(module, _BatchNorm) and module.weight is not None:
            step = lam * torch.sign(module.weight.detach())
            if module.weight.grad is None:
                module.weight.grad = step
            else:
                module.weight.grad.add_(step)
