# alternative: explicit table of checks; each layer's weight moved to channel-first with movedim, all contributions stacked and summed at once (another summation order)
def coupled_channel_scores(writers, norms, readers, p=2):
    """Group magnitude importance with one stack and one sum."""
    lists = (
        ("writers", writers, (nn.Conv2d, nn.Linear)),
        ("norms", norms, (_BatchNorm,)),
        ("readers", readers, (nn.Conv2d, nn.Linear)),
    )
    channels = None
    for name, layers, kinds in lists:
        if type(layers) not in (list, tuple) and not isinstance(layers, (list, tuple)):
            raise TypeError(f"{name} must be a list or a tuple")
        if name == "writers" and len(layers) < 1:
            raise ValueError("writers is empty")
        for i, layer in enumerate(layers):
            if not isinstance(layer, kinds):
                raise TypeError(f"{name}[{i}] is a {type(layer).__name__}")
            if name == "writers":
                size = layer.weight.size(0)
            elif name == "norms":
                size = layer.num_features
            else:
                if getattr(layer, "groups", 1) != 1:
                    raise ValueError(f"{name}[{i}] is a grouped convolution")
                size = layer.weight.size(1)
            if channels is None:
                channels = size
            if size != channels:
                raise ValueError(f"{name}[{i}] has {size} channels instead of {channels}")
    if type(p) is bool or not isinstance(p, (int, np.integer)):
        raise TypeError("p must be an int")
    if int(p) not in (1, 2):
        raise ValueError("p must be 1 or 2")
    p = int(p)
    device = writers[0].weight.device
    parts = []
    for layer in writers:
        parts.append(layer.weight.detach().reshape(channels, -1).to(torch.float64))
    for layer in norms:
        if layer.weight is not None:
            parts.append(layer.weight.detach().reshape(channels, 1).to(torch.float64))
    for layer in readers:
        parts.append(layer.weight.detach().movedim(1, 0).reshape(channels, -1).to(torch.float64))
    everything = torch.cat([part.to(device) for part in parts], dim=1)
    return everything.abs().pow(p).sum(dim=1).clone()
