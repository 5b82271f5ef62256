# mistake: subtracts the running mean after scaling
# expect: after scaling
def fold_bn(layer: nn.Conv2d | nn.Linear, bn: _BatchNorm) -> nn.Conv2d | nn.Linear:
    if not isinstance(layer, (nn.Conv2d, nn.Linear)):
        raise TypeError("layer must be an nn.Conv2d or an nn.Linear")
    if not isinstance(bn, _BatchNorm):
        raise TypeError("bn must be a BatchNorm module")
    outputs = layer.out_channels if isinstance(layer, nn.Conv2d) else layer.out_features
    if not bn.track_running_stats or bn.running_var is None:
        raise ValueError("bn has no running statistics")
    if bn.num_features != outputs:
        raise ValueError("bn's size differs from the layer's outputs")
    weight = layer.weight.detach()
    gamma = bn.weight.detach() if bn.affine else torch.ones_like(bn.running_var)
    beta = bn.bias.detach() if bn.affine else torch.zeros_like(bn.running_mean)
    p = gamma / torch.sqrt(bn.running_var + bn.eps)
    b = layer.bias.detach() if layer.bias is not None else torch.zeros_like(bn.running_mean)
    folded = copy.deepcopy(layer)
    folded.weight = nn.Parameter(weight * p.reshape((-1,) + (1,) * (weight.dim() - 1)))
    folded.bias = nn.Parameter(b * p + beta - bn.running_mean)
    return folded
