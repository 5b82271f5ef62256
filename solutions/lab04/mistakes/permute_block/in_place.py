# mistake: permutes the given modules in place and returns them
# expect: not modified
def permute_block(
    first: nn.Linear, bn: nn.BatchNorm1d | None, second: nn.Linear, perm: torch.Tensor
) -> tuple[nn.Linear, nn.BatchNorm1d | None, nn.Linear]:
    validate_type("first", first, nn.Linear)
    channels = first.out_features
    if bn is not None:
        validate_type("bn", bn, nn.BatchNorm1d)
        if bn.num_features != channels:
            raise ValueError(f"bn has {bn.num_features} features, first has {channels} outputs")
    validate_type("second", second, nn.Linear)
    if second.in_features != channels:
        raise ValueError(f"second has {second.in_features} inputs, first has {channels} outputs")
    validate_type("perm", perm, torch.Tensor)
    if perm.dtype.is_floating_point or perm.dtype.is_complex or perm.dtype == torch.bool:
        raise TypeError(f"perm must be an integer tensor, got {perm.dtype}")
    if perm.dim() != 1 or not torch.equal(torch.sort(perm.cpu()).values, torch.arange(channels)):
        raise ValueError(f"perm must be a permutation of 0 .. {channels - 1}")
    new_first, new_bn, new_second = first, bn, second
    with torch.no_grad():
        new_first.weight.copy_(first.weight[perm].clone())
        if first.bias is not None:
            new_first.bias.copy_(first.bias[perm])
        new_second.weight.copy_(second.weight[:, perm])
        if bn is not None:
            for name, tensor in bn.state_dict().items():
                if tensor.dim() == 1:  # weight, bias, running_mean, running_var; not num_batches_tracked
                    getattr(new_bn, name).copy_(tensor[perm])
    return new_first, new_bn, new_second
