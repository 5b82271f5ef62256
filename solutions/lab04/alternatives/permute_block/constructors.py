# alternative: new modules from their constructors, filled with load_state_dict
def permute_block(first, bn, second, perm):
    validate_type("first", first, nn.Linear)
    C = first.out_features
    if bn is not None:
        validate_type("bn", bn, nn.BatchNorm1d)
        if bn.num_features != C:
            raise ValueError("bn size")
    validate_type("second", second, nn.Linear)
    if second.in_features != C:
        raise ValueError("second size")
    if not isinstance(perm, torch.Tensor) or perm.dtype.is_floating_point or perm.dtype == torch.bool:
        raise TypeError("perm must be an integer tensor")
    if perm.dim() != 1 or perm.numel() != C or sorted(perm.tolist()) != list(range(C)):
        raise ValueError("perm must be a permutation")
    p = perm.long()
    kind = {"dtype": first.weight.dtype, "device": first.weight.device}
    new_first = nn.Linear(first.in_features, C, bias=first.bias is not None, **kind)
    state = {k: v[p].clone() for k, v in first.state_dict().items()}
    new_first.load_state_dict(state)
    new_first.train(first.training)
    kind2 = {"dtype": second.weight.dtype, "device": second.weight.device}
    new_second = nn.Linear(C, second.out_features, bias=second.bias is not None, **kind2)
    state = {"weight": second.weight.detach()[:, p].clone()}
    if second.bias is not None:
        state["bias"] = second.bias.detach().clone()
    new_second.load_state_dict(state)
    new_second.train(second.training)
    new_bn = None
    if bn is not None:
        new_bn = copy.deepcopy(bn)
        state = {k: (v[p].clone() if v.dim() == 1 else v.clone()) for k, v in bn.state_dict().items()}
        new_bn.load_state_dict(state)
    return new_first, new_bn, new_second
