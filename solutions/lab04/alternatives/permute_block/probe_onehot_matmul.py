# alternative: float64 one-hot permutation matrix products (exact), new modules via copy.deepcopy
def permute_block(first, bn, second, perm):
    if not isinstance(first, nn.Linear):
        raise TypeError("first")
    c = first.weight.shape[0]
    if bn is not None and not isinstance(bn, nn.BatchNorm1d):
        raise TypeError("bn")
    if bn is not None and bn.num_features != c:
        raise ValueError("bn")
    if not isinstance(second, nn.Linear):
        raise TypeError("second")
    if second.weight.shape[1] != c:
        raise ValueError("second")
    if not isinstance(perm, torch.Tensor) or perm.dtype == torch.bool or perm.is_floating_point() or perm.is_complex():
        raise TypeError("perm")
    if perm.dim() != 1 or perm.shape[0] != c or sorted(perm.tolist()) != list(range(c)):
        raise ValueError("perm")
    p = perm.cpu().long()
    P = torch.zeros(c, c, dtype=torch.float64)
    P[torch.arange(c), p] = 1.0  # (P x)[j] = x[perm[j]]

    def rows(t):
        return (P @ t.detach().cpu().double().reshape(c, -1)).reshape(t.shape).to(t.dtype).to(t.device)

    new_first, new_bn, new_second = copy.deepcopy(first), copy.deepcopy(bn), copy.deepcopy(second)
    with torch.no_grad():
        new_first.weight.copy_(rows(first.weight))
        if first.bias is not None:
            new_first.bias.copy_(rows(first.bias))
        if bn is not None:
            for name in ("weight", "bias", "running_mean", "running_var"):
                t = getattr(bn, name)
                if t is not None:
                    getattr(new_bn, name).copy_(rows(t))
        new_second.weight.copy_(rows(second.weight.T).T)
    for module in (new_first, new_bn, new_second):
        if module is not None:
            for param in module.parameters():
                param.requires_grad_(True)
    return new_first, new_bn, new_second
