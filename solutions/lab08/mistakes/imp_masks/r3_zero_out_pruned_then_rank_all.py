# mistake: ranks |w| * mask over all entries and prunes the first (already pruned + k): a remaining zero weight of lower index displaces a pruned one, which comes back
# expect: stay pruned
def imp_masks(weights, masks, rate, output_rate=None, scope="local"):
    validate_type("weights", weights, Mapping)
    for name, w in weights.items():
        validate_type(f"weights[{name!r}]", w, torch.Tensor)
    if len(weights) == 0:
        raise ValueError("weights must not be empty")
    if masks is not None:
        validate_type("masks", masks, Mapping)
        for name, m in masks.items():
            validate_type(f"masks[{name!r}]", m, torch.Tensor)
            if name in weights and tuple(m.shape) != tuple(weights[name].shape):
                raise ValueError(f"mask {name!r} has shape {tuple(m.shape)}, its weight {tuple(weights[name].shape)}")
    rate = validate_fraction("rate", rate)
    output_rate = rate / 2 if output_rate is None else validate_fraction("output_rate", output_rate)
    if scope not in ("local", "global"):
        raise ValueError(f"unknown scope {scope!r}")
    names = list(weights)
    alive = {}
    for name in names:
        w = weights[name]
        if masks is None or name not in masks:
            alive[name] = torch.ones(w.numel(), dtype=torch.bool, device=w.device)
        else:
            alive[name] = (masks[name] != 0).flatten().clone()

    def prune(group, p):
        mags = torch.cat([weights[n].detach().abs().flatten().double() for n in group])
        live = torch.cat([alive[n] for n in group])
        k = round(p * int(live.sum()))
        scores = mags * live.double()
        order = torch.argsort(scores, stable=True)
        gone = int((~live).sum())
        live = torch.ones_like(live)
        live[order[: gone + k]] = False
        start = 0
        for n in group:
            size = weights[n].numel()
            alive[n] = live[start : start + size]
            start += size

    hidden, output = names[:-1], names[-1]
    if scope == "global":
        if hidden:
            prune(hidden, rate)
    else:
        for n in hidden:
            prune([n], rate)
    prune([output], output_rate)
    return {n: alive[n].reshape(weights[n].shape).to(weights[n].dtype) for n in names}
