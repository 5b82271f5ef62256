# alternative: Python's sorted over (|w|, position)
def imp_masks(
    weights: Mapping[str, torch.Tensor],
    masks: Mapping[str, torch.Tensor] | None,
    rate: float,
    output_rate: float | None = None,
    scope: str = "local",
) -> dict[str, torch.Tensor]:
    validate_type("weights", weights, Mapping)
    for name, w in weights.items():
        validate_type(f"weights[{name!r}]", w, torch.Tensor)
    if not weights:
        raise ValueError("weights must name at least one layer")
    if masks is not None:
        validate_type("masks", masks, Mapping)
        for name, w in weights.items():
            if masks.get(name) is not None:
                validate_type(f"masks[{name!r}]", masks[name], torch.Tensor)
                if tuple(masks[name].shape) != tuple(w.shape):
                    raise ValueError(f"mask {name!r} has the wrong shape")
    rate = validate_fraction("rate", rate)
    output_rate = rate / 2 if output_rate is None else validate_fraction("output_rate", output_rate)
    if scope not in ("local", "global"):
        raise ValueError(f"scope must be 'local' or 'global', got {scope!r}")
    masks = masks or {}
    names = list(weights)
    alive = {}
    for name, w in weights.items():
        m = masks.get(name)
        if m is not None and tuple(m.shape) != tuple(w.shape):
            raise ValueError(f"mask {name!r} has shape {tuple(m.shape)}, its weight {tuple(w.shape)}")
        alive[name] = torch.ones(w.numel(), dtype=torch.bool) if m is None else (m.detach().flatten().cpu() != 0)

    def prune(group, p):
        scores = torch.cat([weights[n].detach().flatten().abs().double().cpu() for n in group])
        keep = torch.cat([alive[n] for n in group])
        candidates = keep.nonzero().flatten()
        k = round(p * candidates.numel())
        values = scores[candidates].tolist()
        order = torch.tensor(sorted(range(len(values)), key=lambda i: (values[i], i)), dtype=torch.int64)
        keep[candidates[order[:k]]] = False
        start, out = 0, {}
        for n in group:
            w = weights[n]
            out[n] = keep[start : start + w.numel()].reshape(w.shape).to(dtype=w.dtype, device=w.device)
            start += w.numel()
        return out

    hidden, output = names[:-1], names[-1]
    result = prune([output], output_rate)
    if scope == "global" and hidden:
        result.update(prune(hidden, rate))
    else:
        for n in hidden:
            result.update(prune([n], rate))
    return {n: result[n] for n in names}
