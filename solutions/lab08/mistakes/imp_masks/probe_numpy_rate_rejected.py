# mistake: rejects numpy float32 rates with TypeError
# expect: numpy


def imp_masks(weights, masks, rate, output_rate=None, scope="local"):
    validate_type("weights", weights, Mapping)
    for name, w in weights.items():
        validate_type(f"weights[{name!r}]", w, torch.Tensor)
    if len(weights) == 0:
        raise ValueError("weights is empty")
    if masks is not None:
        validate_type("masks", masks, Mapping)
        for name, w in weights.items():
            if name in masks:
                validate_type(f"masks[{name!r}]", masks[name], torch.Tensor)
                if masks[name].shape != w.shape:
                    raise ValueError(f"mask {name} has the wrong shape")
    if isinstance(rate, bool) or not isinstance(rate, (int, float)):
        raise TypeError("rate")
    if not 0 <= rate <= 1:
        raise ValueError("rate")
    if output_rate is None:
        output_rate = rate / 2
    else:
        output_rate = validate_fraction("output_rate", output_rate)
    if scope not in ("local", "global"):
        raise ValueError(f"unknown scope {scope!r}")
    names = list(weights)
    alive = {}
    for n in names:
        if masks is not None and n in masks:
            alive[n] = masks[n].detach().flatten() != 0
        else:
            alive[n] = torch.ones(weights[n].numel(), dtype=torch.bool)

    def prune(group, p):
        scores = torch.cat([weights[n].detach().abs().flatten().double() for n in group])
        keep = torch.cat([alive[n].clone() for n in group])
        idx = torch.nonzero(keep).flatten()
        k = round(p * idx.numel())
        order = torch.argsort(scores[idx], stable=True)
        keep[idx[order[:k]]] = False
        out, start = {}, 0
        for n in group:
            w = weights[n]
            out[n] = keep[start : start + w.numel()].reshape(w.shape).to(w.dtype)
            start += w.numel()
        return out

    hidden, last = names[:-1], names[-1]
    result = prune([last], output_rate)
    if scope == "global" and hidden:
        result.update(prune(hidden, rate))
    else:
        for n in hidden:
            result.update(prune([n], rate))
    return {n: result[n] for n in names}
