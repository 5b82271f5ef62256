# alternative: python loops over removed channels, accumulating in float64
def absorbed_bias(bn, next_layer, removed):
    if not isinstance(bn, nn.BatchNorm2d):
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
    out = torch.zeros(W.shape[0], dtype=torch.float64, device=W.device)
    if next_layer.bias is not None:
        out += next_layer.bias.detach().double()
    m = W.shape[1] // C if isinstance(next_layer, nn.Linear) else 1
    if bn.affine:
        for c in removed.tolist():
            v = max(float(bn.bias[c]), 0.0)
            if isinstance(next_layer, nn.Conv2d):
                out += v * W[:, c].double().sum(dim=(1, 2))
            else:
                out += v * W[:, c * m : (c + 1) * m].double().sum(dim=1)
    return out.to(W.dtype)
