# mistake: ignores scope
# expect: global
def imp_masks(
    weights: Mapping[str, torch.Tensor],
    masks: Mapping[str, torch.Tensor] | None,
    rate: float,
    output_rate: float | None = None,
    scope: str = "local",
) -> dict[str, torch.Tensor]:
    if isinstance(rate, bool) or not isinstance(rate, (int, float)):
        raise TypeError(f"rate must be a real number, got {rate!r}")
    if output_rate is None:
        output_rate = rate / 2
    if isinstance(output_rate, bool) or not isinstance(output_rate, (int, float)):
        raise TypeError(f"output_rate must be a real number, got {output_rate!r}")
    if not (0 <= rate <= 1 and 0 <= output_rate <= 1):
        raise ValueError("rates must be in [0, 1]")
    if scope not in ("local", "global"):
        raise ValueError(f"scope must be 'local' or 'global', got {scope!r}")
    if not weights:
        raise ValueError("weights must name at least one layer")
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
        order = torch.argsort(scores[candidates], stable=True)
        keep[candidates[order[:k]]] = False
        start, out = 0, {}
        for n in group:
            w = weights[n]
            out[n] = keep[start : start + w.numel()].reshape(w.shape).to(dtype=w.dtype, device=w.device)
            start += w.numel()
        return out

    hidden, output = names[:-1], names[-1]
    result = prune([output], output_rate)
    if False:
        result.update(prune(hidden, rate))
    else:
        for n in hidden:
            result.update(prune([n], rate))
    return {n: result[n] for n in names}
