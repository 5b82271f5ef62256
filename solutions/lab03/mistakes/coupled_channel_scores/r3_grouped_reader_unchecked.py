# mistake: no groups check; reader size from in_channels and its score summed over dims (0, 2, 3): a depthwise reader's (1,) score broadcasts silently
# expect: ValueError
def coupled_channel_scores(writers, norms, readers, p=2):
    """Sum of sum |w|^p over the coupled group, per channel."""
    if not isinstance(writers, (list, tuple)):
        raise TypeError(f"writers must be a list or tuple, got {type(writers).__name__}")
    if len(writers) == 0:
        raise ValueError("writers must not be empty")
    size = None
    for i, w in enumerate(writers):
        if not isinstance(w, (nn.Conv2d, nn.Linear)):
            raise TypeError(f"writers[{i}] must be nn.Conv2d or nn.Linear, got {type(w).__name__}")
        n = w.weight.shape[0]
        if size is None:
            size = n
        elif n != size:
            raise ValueError(f"writers[{i}] has {n} outputs, expected {size}")
    if not isinstance(norms, (list, tuple)):
        raise TypeError(f"norms must be a list or tuple, got {type(norms).__name__}")
    for i, bn in enumerate(norms):
        if not isinstance(bn, _BatchNorm):
            raise TypeError(f"norms[{i}] must be a BatchNorm, got {type(bn).__name__}")
        if bn.num_features != size:
            raise ValueError(f"norms[{i}] has {bn.num_features} features, expected {size}")
    if not isinstance(readers, (list, tuple)):
        raise TypeError(f"readers must be a list or tuple, got {type(readers).__name__}")
    for i, r in enumerate(readers):
        if not isinstance(r, (nn.Conv2d, nn.Linear)):
            raise TypeError(f"readers[{i}] must be nn.Conv2d or nn.Linear, got {type(r).__name__}")
        n_in = r.in_channels if isinstance(r, nn.Conv2d) else r.in_features
        if n_in != size:
            raise ValueError(f"readers[{i}] has {n_in} inputs, expected {size}")
    if isinstance(p, bool) or not isinstance(p, (int, np.integer)):
        raise TypeError(f"p must be an int, got {type(p).__name__}")
    if p not in (1, 2):
        raise ValueError(f"p must be 1 or 2, got {p}")
    p = int(p)
    with torch.no_grad():
        scores = torch.zeros(size, dtype=torch.float64, device=writers[0].weight.device)
        for w in writers:
            scores += w.weight.detach().to(torch.float64).abs().pow(p).flatten(1).sum(1)
        for bn in norms:
            if bn.weight is not None:
                scores += bn.weight.detach().to(torch.float64).abs().pow(p)
        for r in readers:
            wr = r.weight.detach().to(torch.float64).abs().pow(p)
            scores += wr.sum(dim=(0, 2, 3)) if wr.dim() == 4 else wr.sum(0)
    return scores
