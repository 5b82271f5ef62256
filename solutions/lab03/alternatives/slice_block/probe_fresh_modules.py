# alternative: builds fresh modules with every hyperparameter and index_select
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
    n = keep.numel()
    dev, dt = conv.weight.device, conv.weight.dtype
    new_conv = nn.Conv2d(
        conv.in_channels,
        n,
        conv.kernel_size,
        stride=conv.stride,
        padding=conv.padding,
        dilation=conv.dilation,
        groups=1,
        bias=conv.bias is not None,
        padding_mode=conv.padding_mode,
        device=dev,
        dtype=dt,
    )
    with torch.no_grad():
        new_conv.weight.copy_(torch.index_select(conv.weight, 0, keep.to(dev)))
        if conv.bias is not None:
            new_conv.bias.copy_(torch.index_select(conv.bias, 0, keep.to(dev)))
    new_conv.train(conv.training)
    new_bn = nn.BatchNorm2d(
        n,
        eps=bn.eps,
        momentum=bn.momentum,
        affine=bn.affine,
        track_running_stats=bn.track_running_stats,
        device=dev,
        dtype=(bn.weight.dtype if bn.affine else bn.running_mean.dtype),
    )
    with torch.no_grad():
        if bn.affine:
            new_bn.weight.copy_(bn.weight[keep.to(dev)])
            new_bn.bias.copy_(bn.bias[keep.to(dev)])
        if bn.track_running_stats:
            new_bn.running_mean.copy_(bn.running_mean[keep.to(dev)])
            new_bn.running_var.copy_(bn.running_var[keep.to(dev)])
            new_bn.num_batches_tracked.copy_(bn.num_batches_tracked)
    new_bn.train(bn.training)
    cols = torch.cat([torch.arange(int(c) * m, int(c) * m + m) for c in keep]).to(next_layer.weight.device)
    if isinstance(next_layer, nn.Conv2d):
        new_next = nn.Conv2d(
            n,
            next_layer.out_channels,
            next_layer.kernel_size,
            stride=next_layer.stride,
            padding=next_layer.padding,
            dilation=next_layer.dilation,
            bias=next_layer.bias is not None,
            padding_mode=next_layer.padding_mode,
            device=next_layer.weight.device,
            dtype=next_layer.weight.dtype,
        )
    else:
        new_next = nn.Linear(
            cols.numel(),
            next_layer.out_features,
            bias=next_layer.bias is not None,
            device=next_layer.weight.device,
            dtype=next_layer.weight.dtype,
        )
    with torch.no_grad():
        new_next.weight.copy_(next_layer.weight[:, cols])
        if next_layer.bias is not None:
            new_next.bias.copy_(next_layer.bias)
    new_next.train(next_layer.training)
    return new_conv, new_bn, new_next
