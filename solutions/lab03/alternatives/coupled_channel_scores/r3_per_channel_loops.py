# alternative: validation with utils.validation helpers; scores built channel by channel in Python loops, stacked
def coupled_channel_scores(writers, norms, readers, p=2):
    """Per-channel loop version of torch-pruning's group magnitude importance."""
    from utils.validation import validate_choice, validate_int, validate_type

    def check_container(name, layers, kinds, what):
        validate_type(name, layers, (list, tuple))
        for i, layer in enumerate(layers):
            validate_type(f"{name}[{i}]", layer, kinds)
            yield i, layer

    count = None
    validate_type("writers", writers, (list, tuple))
    if not writers:
        raise ValueError("writers must hold at least one layer")
    for i, layer in check_container("writers", writers, (nn.Conv2d, nn.Linear), "outputs"):
        outputs = layer.out_channels if isinstance(layer, nn.Conv2d) else layer.out_features
        count = outputs if count is None else count
        if outputs != count:
            raise ValueError(f"writers[{i}] has {outputs} outputs, not {count}")
    for i, layer in check_container("norms", norms, _BatchNorm, "features"):
        if layer.num_features != count:
            raise ValueError(f"norms[{i}] has {layer.num_features} features, not {count}")
    for i, layer in check_container("readers", readers, (nn.Conv2d, nn.Linear), "inputs"):
        if isinstance(layer, nn.Conv2d):
            if layer.groups != 1:
                raise ValueError(f"readers[{i}] has groups={layer.groups}")
            inputs = layer.in_channels
        else:
            inputs = layer.in_features
        if inputs != count:
            raise ValueError(f"readers[{i}] has {inputs} inputs, not {count}")
    p = validate_int("p", p)
    validate_choice("p", p, (1, 2))

    def power(t):
        t = t.detach().double()
        return (t.abs() ** p).sum()

    per_channel = []
    for c in range(count):
        total = torch.zeros((), dtype=torch.float64, device=writers[0].weight.device)
        for layer in writers:
            total = total + power(layer.weight[c])
        for layer in norms:
            if layer.affine:
                total = total + power(layer.weight[c])
        for layer in readers:
            total = total + power(layer.weight[:, c])
        per_channel.append(total)
    return torch.stack(per_channel).detach()
