# alternative: deepcopy, then a python loop gathering columns with torch.stack
def slice_block(conv, bn, next_layer, keep):
    if not isinstance(conv, nn.Conv2d):
        raise TypeError("conv must be a Conv2d")
    if conv.groups != 1:
        raise ValueError("conv must have groups=1")
    if not isinstance(bn, nn.BatchNorm2d):
        raise TypeError("bn must be a BatchNorm2d")
    C = conv.out_channels
    if bn.num_features != C:
        raise ValueError("bn size")
    if isinstance(next_layer, nn.Conv2d):
        if next_layer.groups != 1 or next_layer.in_channels != C:
            raise ValueError("next conv inputs")
        m = 1
    elif isinstance(next_layer, nn.Linear):
        if next_layer.in_features % C:
            raise ValueError("next linear inputs")
        m = next_layer.in_features // C
    else:
        raise TypeError("next_layer must be a Conv2d or Linear")
    if (
        not isinstance(keep, torch.Tensor)
        or keep.dtype.is_floating_point
        or keep.dtype.is_complex
        or keep.dtype == torch.bool
    ):
        raise TypeError("keep must be an integer tensor")
    if keep.dim() != 1 or keep.numel() == 0:
        raise ValueError("keep must be 1-D and non-empty")
    keep = keep.to(torch.int64)
    if int(keep.min()) < 0 or int(keep.max()) >= C or len(set(keep.tolist())) != keep.numel():
        raise ValueError("keep out of range or duplicated")
    new_conv = copy.deepcopy(conv)
    new_conv.weight = nn.Parameter(conv.weight.detach()[keep.to(conv.weight.device)].clone())
    if conv.bias is not None:
        new_conv.bias = nn.Parameter(conv.bias.detach()[keep.to(conv.weight.device)].clone())
    new_conv.out_channels = keep.numel()
    new_bn = copy.deepcopy(bn)
    new_bn.num_features = keep.numel()
    k = keep.to(new_bn.num_batches_tracked.device if bn.track_running_stats else conv.weight.device)
    if bn.affine:
        new_bn.weight = nn.Parameter(bn.weight.detach()[k].clone())
        new_bn.bias = nn.Parameter(bn.bias.detach()[k].clone())
    if bn.track_running_stats:
        new_bn.running_mean = bn.running_mean[k].clone()
        new_bn.running_var = bn.running_var[k].clone()
    new_next = copy.deepcopy(next_layer)
    W = next_layer.weight.detach()
    pieces = [W[:, int(c) * m + j] for c in keep for j in range(m)]
    columns = torch.arange(len(pieces))
    new_next.weight = nn.Parameter(torch.stack(pieces, dim=1).clone())
    if isinstance(next_layer, nn.Conv2d):
        new_next.in_channels = keep.numel()
    else:
        new_next.in_features = columns.numel()
    return new_conv, new_bn, new_next
