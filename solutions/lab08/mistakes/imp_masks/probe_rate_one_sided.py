# mistake: checks only rate <= 1 and output_rate >= 0 (a negative rate, an output_rate above 1 pass)
# expect: error raised


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
    for value in (rate, output_rate):
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float, np.number))):
            raise TypeError("rates must be real numbers")
    if rate > 1:
        raise ValueError("rate must be <= 1")
    rate = float(rate)
    if output_rate is None:
        output_rate = rate / 2
    elif output_rate < 0:
        raise ValueError("output_rate must be >= 0")
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
