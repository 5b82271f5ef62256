# mistake: checks only range and length of perm: repeats accepted
# expect: ValueError
def permute_block(first, bn, second, perm):
    if not isinstance(first, nn.Linear):
        raise TypeError("first must be an nn.Linear")
    channels = first.out_features
    if bn is not None:
        if not isinstance(bn, nn.BatchNorm1d):
            raise TypeError("bn must be None or an nn.BatchNorm1d")
        if bn.num_features != channels:
            raise ValueError("bn has the wrong number of channels")
    if not isinstance(second, nn.Linear):
        raise TypeError("second must be an nn.Linear")
    if second.in_features != channels:
        raise ValueError("second has the wrong number of inputs")
    if (
        not isinstance(perm, torch.Tensor)
        or perm.dtype == torch.bool
        or perm.dtype.is_floating_point
        or perm.dtype.is_complex
    ):
        raise TypeError("perm must be an integer tensor")
    if (
        perm.dim() != 1
        or perm.numel() != channels
        or (channels and (int(perm.min()) < 0 or int(perm.max()) >= channels))
    ):
        raise ValueError("perm must be a permutation of 0 .. C-1")
    perm = perm.to(first.weight.device, torch.long)

    def take(tensor, index, dim=0):
        return nn.Parameter(tensor.detach().index_select(dim, index).clone())

    new_first = copy.deepcopy(first)
    new_first.weight = take(first.weight, perm)
    if first.bias is not None:
        new_first.bias = take(first.bias, perm)
    new_bn = None
    if bn is not None:
        new_bn = copy.deepcopy(bn)
        if bn.weight is not None:
            new_bn.weight = take(bn.weight, perm)
            new_bn.bias = take(bn.bias, perm)
        if bn.running_mean is not None:
            new_bn.running_mean = bn.running_mean.index_select(0, perm).clone()
            new_bn.running_var = bn.running_var.index_select(0, perm).clone()
    new_second = copy.deepcopy(second)
    new_second.weight = take(second.weight, perm, dim=1)
    return new_first, new_bn, new_second
