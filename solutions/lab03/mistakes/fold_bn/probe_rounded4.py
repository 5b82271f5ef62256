# mistake: rounds the folded weights and bias to 4 decimals
# expect: folded
def fold_bn(layer, bn):
    if not isinstance(layer, (nn.Conv2d, nn.Linear)):
        raise TypeError("layer must be a Conv2d or a Linear")
    if not isinstance(bn, _BatchNorm):
        raise TypeError("bn must be a BatchNorm")
    outputs = layer.weight.shape[0]
    if not bn.track_running_stats or bn.running_mean is None:
        raise ValueError("bn has no running statistics")
    if bn.num_features != outputs:
        raise ValueError("bn size")
    W = layer.weight.detach()
    mean, var = bn.running_mean, bn.running_var
    gamma = bn.weight.detach() if bn.affine else torch.ones_like(var)
    beta = bn.bias.detach() if bn.affine else torch.zeros_like(mean)
    b = layer.bias.detach() if layer.bias is not None else torch.zeros_like(mean)
    p = gamma / torch.sqrt(var + bn.eps)
    folded = copy.deepcopy(layer)
    folded.weight = nn.Parameter(W * p.reshape(-1, *([1] * (W.dim() - 1))))
    folded.bias = nn.Parameter(torch.round(p * (b - mean) + beta, decimals=4))
    folded.weight = nn.Parameter(torch.round(folded.weight.detach(), decimals=4))
    return folded
