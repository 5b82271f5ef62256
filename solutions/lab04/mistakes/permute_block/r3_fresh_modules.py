# mistake: builds fresh nn.Linear / nn.BatchNorm1d modules: default dtype, train mode, eps and momentum lost
# expect: same outputs
def permute_block(
    first: nn.Linear, bn: nn.BatchNorm1d | None, second: nn.Linear, perm: torch.Tensor
) -> tuple[nn.Linear, nn.BatchNorm1d | None, nn.Linear]:
    validate_type("first", first, nn.Linear)
    channels = first.out_features
    if bn is not None:
        validate_type("bn", bn, nn.BatchNorm1d)
        if bn.num_features != channels:
            raise ValueError(f"bn must have {channels} channels, got {bn.num_features}")
    validate_type("second", second, nn.Linear)
    if second.in_features != channels:
        raise ValueError(f"second must have {channels} inputs, got {second.in_features}")
    validate_type("perm", perm, torch.Tensor)
    if perm.dtype == torch.bool or perm.is_floating_point() or perm.is_complex():
        raise TypeError(f"perm must be an integer tensor, got {perm.dtype}")
    if perm.dim() != 1 or perm.numel() != channels:
        raise ValueError(f"perm must be 1-D of length {channels}, got shape {tuple(perm.shape)}")
    if not torch.equal(torch.sort(perm.cpu()).values, torch.arange(channels, dtype=perm.dtype)):
        raise ValueError("perm must be a permutation of 0 .. C-1")
    index = perm.long()
    new_first = nn.Linear(first.in_features, first.out_features, bias=first.bias is not None)
    new_second = nn.Linear(second.in_features, second.out_features, bias=second.bias is not None)
    new_bn = None
    with torch.no_grad():
        new_first.weight.copy_(first.weight[index])
        if first.bias is not None:
            new_first.bias.copy_(first.bias[index])
        new_second.weight.copy_(second.weight[:, index])
        if second.bias is not None:
            new_second.bias.copy_(second.bias)
        if bn is not None:
            new_bn = nn.BatchNorm1d(bn.num_features, affine=bn.affine, track_running_stats=bn.track_running_stats)
            if bn.affine:
                new_bn.weight.copy_(bn.weight[index])
                new_bn.bias.copy_(bn.bias[index])
            if bn.track_running_stats:
                new_bn.running_mean.copy_(bn.running_mean[index])
                new_bn.running_var.copy_(bn.running_var[index])
                new_bn.num_batches_tracked.copy_(bn.num_batches_tracked)
    return new_first, new_bn, new_second
