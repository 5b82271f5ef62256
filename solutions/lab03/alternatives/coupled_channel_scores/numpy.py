# alternative: computes every layer's contribution in numpy float64 and converts back
def coupled_channel_scores(writers, norms, readers, p=2):
    kinds = {
        "writers": (nn.Conv2d, nn.Linear),
        "norms": (nn.BatchNorm1d, nn.BatchNorm2d, nn.BatchNorm3d),
        "readers": (nn.Conv2d, nn.Linear),
    }
    for name, layers in zip(kinds, (writers, norms, readers)):
        if not isinstance(layers, (list, tuple)) or not all(isinstance(m, kinds[name]) for m in layers):
            raise TypeError(f"{name} must be a list or tuple of {kinds[name]}")
        if name == "writers":
            if len(writers) == 0:
                raise ValueError("writers must hold at least one layer")
            channels = writers[0].weight.shape[0]
            if any(m.weight.shape[0] != channels for m in writers):
                raise ValueError("every writer must have the same number of outputs")
        if name == "norms" and any(m.num_features != channels for m in norms):
            raise ValueError("every norm must have C features")
        if name == "readers":
            if any(isinstance(m, nn.Conv2d) and m.groups != 1 for m in readers):
                raise ValueError("a conv reader must have groups=1")
            if any(m.weight.shape[1] != channels for m in readers):
                raise ValueError("every reader must have C inputs")
    if isinstance(p, bool) or not isinstance(p, (int, np.integer)):
        raise TypeError("p must be an int")
    if p not in (1, 2):
        raise ValueError("p must be 1 or 2")
    p = int(p)

    def arr(t):
        return t.detach().cpu().double().numpy()

    if writers[0].weight.device.type == "meta":
        return torch.zeros(channels, dtype=torch.float64, device="meta")
    total = np.zeros(channels)
    if True:
        for writer in writers:
            total += (np.abs(arr(writer.weight)) ** p).reshape(channels, -1).sum(axis=1)
        for norm in norms:
            if norm.weight is not None:
                total += np.abs(arr(norm.weight)) ** p
        for reader in readers:
            w = np.abs(arr(reader.weight)) ** p
            total += w.sum(axis=tuple(d for d in range(w.ndim) if d != 1))
    return torch.from_numpy(total).to(writers[0].weight.device)
