# alternative: a Linear's columns through a (out, C, m) view instead of computed column indices
def slice_block(
    conv: nn.Conv2d, bn: nn.BatchNorm2d, next_layer: nn.Conv2d | nn.Linear, keep: torch.Tensor
) -> tuple[nn.Conv2d, nn.BatchNorm2d, nn.Conv2d | nn.Linear]:
    if not isinstance(conv, nn.Conv2d):
        raise TypeError("conv must be an nn.Conv2d")
    if conv.groups != 1:
        raise ValueError("conv must have groups=1")
    if not isinstance(bn, nn.BatchNorm2d):
        raise TypeError("bn must be an nn.BatchNorm2d")
    channels = conv.out_channels
    if bn.num_features != channels:
        raise ValueError("bn must have as many features as conv has output channels")
    if not isinstance(next_layer, (nn.Conv2d, nn.Linear)):
        raise TypeError("next_layer must be an nn.Conv2d or an nn.Linear")
    if isinstance(next_layer, nn.Conv2d):
        if next_layer.groups != 1 or next_layer.in_channels != channels:
            raise ValueError("next_layer must have as many input channels as conv has outputs")
        m = 1
    else:
        if next_layer.in_features % channels:
            raise ValueError("next_layer's in_features must be a multiple of the channel count")
        m = next_layer.in_features // channels
    if not isinstance(keep, torch.Tensor) or keep.dtype.is_floating_point or keep.dtype == torch.bool:
        raise TypeError("keep must be an integer tensor")
    if keep.dim() != 1 or keep.numel() == 0:
        raise ValueError("keep must be a non-empty 1-D tensor")
    keep = keep.long().cpu()
    if keep.min() < 0 or keep.max() >= channels or keep.unique().numel() != keep.numel():
        raise ValueError("keep must hold distinct indices in [0, C)")

    new_conv = copy.deepcopy(conv)
    new_conv.out_channels = keep.numel()
    new_conv.weight = nn.Parameter(conv.weight.detach()[keep].clone())
    if conv.bias is not None:
        new_conv.bias = nn.Parameter(conv.bias.detach()[keep].clone())

    new_bn = copy.deepcopy(bn)
    new_bn.num_features = keep.numel()
    if bn.affine:
        new_bn.weight = nn.Parameter(bn.weight.detach()[keep].clone())
        new_bn.bias = nn.Parameter(bn.bias.detach()[keep].clone())
    if bn.track_running_stats:
        new_bn.running_mean = bn.running_mean[keep].clone()
        new_bn.running_var = bn.running_var[keep].clone()

    new_next = copy.deepcopy(next_layer)
    if isinstance(next_layer, nn.Conv2d):
        new_next.weight = nn.Parameter(next_layer.weight.detach()[:, keep].clone())
        new_next.in_channels = keep.numel()
    else:
        w = next_layer.weight.detach()
        w = w.reshape(w.shape[0], channels, m)[:, keep].reshape(w.shape[0], -1)
        new_next.weight = nn.Parameter(w.clone())
        new_next.in_features = keep.numel() * m
    return new_conv, new_bn, new_next
