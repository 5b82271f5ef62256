# alternative: runs the next layer's weights on a constant input the size of one window
def absorbed_bias(bn: nn.BatchNorm2d, next_layer: nn.Conv2d | nn.Linear, removed: torch.Tensor) -> torch.Tensor:
    if not isinstance(bn, nn.BatchNorm2d):
        raise TypeError("bn must be an nn.BatchNorm2d")
    if not isinstance(next_layer, (nn.Conv2d, nn.Linear)):
        raise TypeError("next_layer must be an nn.Conv2d or an nn.Linear")
    channels = bn.num_features
    if isinstance(next_layer, nn.Conv2d):
        if next_layer.groups != 1 or next_layer.in_channels != channels:
            raise ValueError("next_layer must have as many input channels as bn has features")
    elif next_layer.in_features % channels:
        raise ValueError("next_layer's in_features must be a multiple of the channel count")
    if not isinstance(removed, torch.Tensor) or removed.dtype.is_floating_point or removed.dtype == torch.bool:
        raise TypeError("removed must be an integer tensor")
    weight = next_layer.weight.detach()
    if next_layer.bias is None:
        bias = torch.zeros(weight.shape[0], dtype=weight.dtype, device=weight.device)
    else:
        bias = next_layer.bias.detach().clone()
    if removed.dim() != 1:
        raise ValueError("removed must be a 1-D tensor")
    if removed.numel() == 0:
        return bias
    removed = removed.long()
    if removed.min() < 0 or removed.max() >= channels or removed.unique().numel() != removed.numel():
        raise ValueError("removed must hold distinct indices in [0, C)")
    if not bn.affine:
        return bias
    constant = torch.relu(bn.bias.detach()[removed]).to(weight.dtype)
    values = torch.zeros(channels, dtype=weight.dtype, device=weight.device)
    values[removed] = constant
    if isinstance(next_layer, nn.Conv2d):
        x = values.view(1, -1, 1, 1).expand(1, channels, *weight.shape[2:])
        return bias + F.conv2d(x, weight).flatten()
    x = values.repeat_interleave(weight.shape[1] // channels).unsqueeze(0)
    return bias + F.linear(x, weight).flatten()
