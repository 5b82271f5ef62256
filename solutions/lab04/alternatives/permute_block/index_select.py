# alternative: deep copies whose parameters are replaced by index_select results
def permute_block(first, bn, second, perm):
    if not isinstance(first, nn.Linear):
        raise TypeError("first must be nn.Linear")
    if bn is not None:
        if not isinstance(bn, nn.BatchNorm1d):
            raise TypeError("bn must be nn.BatchNorm1d")
        if bn.num_features != first.out_features:
            raise ValueError("bn does not match first")
    if not isinstance(second, nn.Linear):
        raise TypeError("second must be nn.Linear")
    if second.in_features != first.out_features:
        raise ValueError("second does not match first")
    if not isinstance(perm, torch.Tensor) or perm.is_floating_point() or perm.is_complex() or perm.dtype == torch.bool:
        raise TypeError("perm must be an integer tensor")
    if perm.dim() != 1 or not torch.equal(perm.sort().values.long(), torch.arange(first.out_features)):
        raise ValueError("perm must be a permutation")
    index = perm.long()
    new_first, new_second = copy.deepcopy(first), copy.deepcopy(second)
    new_first.weight = nn.Parameter(first.weight.detach().index_select(0, index).clone())
    if first.bias is not None:
        new_first.bias = nn.Parameter(first.bias.detach().index_select(0, index).clone())
    new_second.weight = nn.Parameter(second.weight.detach().index_select(1, index).clone())
    new_bn = copy.deepcopy(bn)
    if bn is not None:
        for name in ("weight", "bias"):
            if getattr(bn, name) is not None:
                setattr(new_bn, name, nn.Parameter(getattr(bn, name).detach().index_select(0, index).clone()))
        for name in ("running_mean", "running_var"):
            if getattr(bn, name) is not None:
                setattr(new_bn, name, getattr(bn, name).index_select(0, index).clone())
    return new_first, new_bn, new_second
