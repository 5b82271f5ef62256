# mistake: validates perm by its number of distinct values and its maximum: negative indices such as [-1, 0, 1] pass (Python-style indexing)
# expect: ValueError
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
    if len(set(perm.tolist())) != channels or (channels and int(perm.max()) >= channels):
        raise ValueError("perm must be a permutation of 0 .. C-1")
    index = perm.to(device=first.weight.device, dtype=torch.long)
    new_first, new_bn, new_second = copy.deepcopy(first), copy.deepcopy(bn), copy.deepcopy(second)
    with torch.no_grad():
        new_first.weight = nn.Parameter(first.weight.detach()[index].clone())
        if first.bias is not None:
            new_first.bias = nn.Parameter(first.bias.detach()[index].clone())
        if bn is not None:
            if bn.weight is not None:
                new_bn.weight = nn.Parameter(bn.weight.detach()[index].clone())
                new_bn.bias = nn.Parameter(bn.bias.detach()[index].clone())
            if bn.running_mean is not None:
                new_bn.running_mean = bn.running_mean[index].clone()
                new_bn.running_var = bn.running_var[index].clone()
        new_second.weight = nn.Parameter(second.weight.detach()[:, index].clone())
        if second.bias is not None:
            new_second.bias = nn.Parameter(second.bias.detach().clone())
    return new_first, new_bn, new_second
