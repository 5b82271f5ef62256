# alternative: deepcopies the modules and rewrites them through load_state_dict with permuted copies; validation by hand
def permute_block(
    first: nn.Linear, bn: nn.BatchNorm1d | None, second: nn.Linear, perm: torch.Tensor
) -> tuple[nn.Linear, nn.BatchNorm1d | None, nn.Linear]:
    if not isinstance(first, nn.Linear):
        raise TypeError("first must be an nn.Linear")
    c = first.out_features
    if bn is not None:
        if not isinstance(bn, nn.BatchNorm1d):
            raise TypeError("bn must be None or an nn.BatchNorm1d")
        if bn.num_features != c:
            raise ValueError("bn has the wrong number of channels")
    if not isinstance(second, nn.Linear):
        raise TypeError("second must be an nn.Linear")
    if second.in_features != c:
        raise ValueError("second has the wrong number of inputs")
    if not isinstance(perm, torch.Tensor) or perm.dtype not in (
        torch.int8,
        torch.uint8,
        torch.int16,
        torch.int32,
        torch.int64,
    ):
        raise TypeError("perm must be an integer tensor")
    if perm.dim() != 1 or len(perm) != c or sorted(perm.tolist()) != list(range(c)):
        raise ValueError("perm must be a permutation of 0 .. C-1")
    p = perm.long()

    def rebuilt(module, permute):
        new = copy.deepcopy(module)
        state = {k: v.clone() for k, v in module.state_dict().items()}
        for k in permute:
            if k in state:
                state[k] = state[k][p].clone()
        new.load_state_dict(state)
        for param in new.parameters():
            param.requires_grad_(True)
        return new

    new_first = rebuilt(first, ["weight", "bias"])
    new_bn = None if bn is None else rebuilt(bn, ["weight", "bias", "running_mean", "running_var"])
    new_second = copy.deepcopy(second)
    with torch.no_grad():
        new_second.weight.copy_(second.weight[:, p])
    for param in new_second.parameters():
        param.requires_grad_(True)
    return new_first, new_bn, new_second
