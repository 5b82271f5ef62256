# alternative: numpy lexsort by (|w|, index), loop over layers


def imp_masks(weights, masks, rate, output_rate=None, scope="local"):
    if not isinstance(weights, Mapping):
        raise TypeError("weights must be a mapping")
    for n, w in weights.items():
        if not isinstance(w, torch.Tensor):
            raise TypeError(f"weights[{n}] must be a tensor")
    if not weights:
        raise ValueError("no layers")
    if masks is not None:
        if not isinstance(masks, Mapping):
            raise TypeError("masks must be a mapping")
        for n, w in weights.items():
            m = masks.get(n)
            if m is None:
                continue
            if not isinstance(m, torch.Tensor):
                raise TypeError("mask must be a tensor")
            if tuple(m.shape) != tuple(w.shape):
                raise ValueError("shape")
    rate = validate_fraction("rate", rate)
    output_rate = rate / 2 if output_rate is None else validate_fraction("output_rate", output_rate)
    if scope != "local" and scope != "global":
        raise ValueError("scope")
    names = list(weights)
    mags = {n: np.abs(weights[n].detach().cpu().double().numpy().reshape(-1)) for n in names}
    alive = {
        n: (
            np.ones(mags[n].size, bool)
            if masks is None or masks.get(n) is None
            else (masks[n].detach().cpu().reshape(-1) != 0).numpy().copy()
        )
        for n in names
    }
    groups = [[n] for n in names[:-1]] if scope == "local" else ([names[:-1]] if len(names) > 1 else [])
    plan = [(g, rate) for g in groups] + [([names[-1]], output_rate)]
    for group, p in plan:
        mag = np.concatenate([mags[n] for n in group])
        live = np.concatenate([alive[n] for n in group])
        pos = np.flatnonzero(live)
        k = round(p * pos.size)
        order = np.lexsort((pos, mag[pos]))
        live[pos[order[:k]]] = False
        s = 0
        for n in group:
            alive[n] = live[s : s + mags[n].size]
            s += mags[n].size
    return {
        n: torch.from_numpy(alive[n].astype(np.float64)).reshape(weights[n].shape).to(weights[n].dtype) for n in names
    }
