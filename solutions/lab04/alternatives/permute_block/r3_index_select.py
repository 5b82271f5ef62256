# alternative: validates with np.unique, index_select on fresh copies made by deepcopy, parameters replaced in place under no_grad
def permute_block(
    first: nn.Linear, bn: nn.BatchNorm1d | None, second: nn.Linear, perm: torch.Tensor
) -> tuple[nn.Linear, nn.BatchNorm1d | None, nn.Linear]:
    validate_type("first", first, nn.Linear)
    c = first.out_features
    if bn is not None:
        validate_type("bn", bn, nn.BatchNorm1d)
        if bn.num_features != c:
            raise ValueError("bn must have C channels")
    validate_type("second", second, nn.Linear)
    if second.in_features != c:
        raise ValueError("second must have C inputs")
    validate_type("perm", perm, torch.Tensor)
    if perm.dtype == torch.bool or torch.is_floating_point(perm) or torch.is_complex(perm):
        raise TypeError("perm must be an integer tensor")
    values = perm.detach().cpu().numpy()
    if values.ndim != 1 or values.size != c or not np.array_equal(np.unique(values), np.arange(c)):
        raise ValueError("perm must be a permutation of 0 .. C-1")
    p = perm.long()
    new_first, new_bn, new_second = copy.deepcopy(first), copy.deepcopy(bn), copy.deepcopy(second)
    with torch.no_grad():
        new_first.weight.copy_(first.weight.index_select(0, p))
        if first.bias is not None:
            new_first.bias.copy_(first.bias.index_select(0, p))
        if bn is not None:
            for name in ("weight", "bias", "running_mean", "running_var"):
                if getattr(bn, name) is not None:
                    getattr(new_bn, name).copy_(getattr(bn, name).index_select(0, p))
        new_second.weight.copy_(second.weight.index_select(1, p))
    for module in (new_first, new_bn, new_second):
        if module is not None:
            for param in module.parameters():
                param.requires_grad_(True)
    return new_first, new_bn, new_second
