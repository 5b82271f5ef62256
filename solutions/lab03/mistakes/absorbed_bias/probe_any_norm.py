# mistake: accepts an InstanceNorm2d as bn
# expect: error raised
def absorbed_bias(bn, next_layer, removed):
    if not isinstance(bn, nn.modules.batchnorm._NormBase):
        raise TypeError("bn must be a BatchNorm2d")
    C = bn.num_features
    if isinstance(next_layer, nn.Conv2d):
        if next_layer.groups != 1 or next_layer.in_channels != C:
            raise ValueError("next conv inputs")
    elif isinstance(next_layer, nn.Linear):
        if next_layer.in_features % C:
            raise ValueError("next linear inputs")
    else:
        raise TypeError("next_layer must be a Conv2d or Linear")
    if (
        not isinstance(removed, torch.Tensor)
        or removed.dtype.is_floating_point
        or removed.dtype.is_complex
        or removed.dtype == torch.bool
    ):
        raise TypeError("removed must be an integer tensor")
    if removed.dim() != 1:
        raise ValueError("removed must be 1-D")
    removed = removed.to(torch.int64)
    if removed.numel() and (
        int(removed.min()) < 0 or int(removed.max()) >= C or len(set(removed.tolist())) != removed.numel()
    ):
        raise ValueError("removed out of range or duplicated")
    W = next_layer.weight.detach()
    if next_layer.bias is None:
        bias = torch.zeros(W.shape[0], dtype=W.dtype, device=W.device)
    else:
        bias = next_layer.bias.detach().clone()
    if removed.numel() == 0 or not bn.affine:
        return bias
    per_channel = W.reshape(W.shape[0], C, -1).sum(dim=2)
    r = removed.to(W.device)
    constant = torch.relu(bn.bias.detach().to(W.device)[r]).to(W.dtype)
    return bias + (per_channel[:, r] * constant).sum(dim=1)
