# mistake: builds fresh modules: float32 and train mode regardless of the given ones
# expect: train flags
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
        or not torch.equal(torch.sort(perm.cpu()).values, torch.arange(channels, dtype=perm.dtype))
    ):
        raise ValueError("perm must be a permutation of 0 .. C-1")
    perm = perm.to(first.weight.device, torch.long)

    def take(tensor, index, dim=0):
        return nn.Parameter(tensor.detach().index_select(dim, index).clone())

    new_first = nn.Linear(first.in_features, channels, bias=first.bias is not None)
    new_first.weight = take(first.weight, perm)
    if first.bias is not None:
        new_first.bias = take(first.bias, perm)
    new_bn = None
    if bn is not None:
        new_bn = nn.BatchNorm1d(
            channels, eps=bn.eps, momentum=bn.momentum, affine=bn.affine, track_running_stats=bn.track_running_stats
        )
        if bn.num_batches_tracked is not None:
            new_bn.num_batches_tracked.copy_(bn.num_batches_tracked)
        if bn.weight is not None:
            new_bn.weight = take(bn.weight, perm)
            new_bn.bias = take(bn.bias, perm)
        if bn.running_mean is not None:
            new_bn.running_mean = bn.running_mean.index_select(0, perm).clone()
            new_bn.running_var = bn.running_var.index_select(0, perm).clone()
    new_second = nn.Linear(channels, second.out_features, bias=second.bias is not None)
    if second.bias is not None:
        new_second.bias = nn.Parameter(second.bias.detach().clone())
    new_second.weight = take(second.weight, perm, dim=1)
    return new_first, new_bn, new_second
