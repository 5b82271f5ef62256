# alternative: numpy: lexsort on (flat index, |w|) over the remaining entries, float64
def imp_masks(weights, masks, rate, output_rate=None, scope="local"):
    if not isinstance(weights, Mapping):
        raise TypeError("weights must be a mapping")
    for w in weights.values():
        if not isinstance(w, torch.Tensor):
            raise TypeError("weights must hold tensors")
    if not weights:
        raise ValueError("weights is empty")
    if masks is not None:
        if not isinstance(masks, Mapping):
            raise TypeError("masks must be a mapping")
        for name, m in masks.items():
            if not isinstance(m, torch.Tensor):
                raise TypeError("masks must hold tensors")
            if name in weights and m.shape != weights[name].shape:
                raise ValueError("mask shape differs")
    rate = validate_fraction("rate", rate)
    if output_rate is not None:
        output_rate = validate_fraction("output_rate", output_rate)
    else:
        output_rate = rate / 2
    if scope != "local" and scope != "global":
        raise ValueError("scope")
    names = list(weights)
    mags = {n: np.abs(weights[n].detach().cpu().numpy().astype(np.float64)).ravel() for n in names}
    alive = {
        n: (
            np.ones(mags[n].size, dtype=bool)
            if masks is None or n not in masks
            else (masks[n].detach().cpu().numpy() != 0).ravel().copy()
        )
        for n in names
    }
    groups = [(names[:-1], rate)] if scope == "global" else [([n], rate) for n in names[:-1]]
    groups.append(([names[-1]], output_rate))
    for group, p in groups:
        if not group:
            continue
        m = np.concatenate([mags[n] for n in group])
        a = np.concatenate([alive[n] for n in group])
        idx = np.flatnonzero(a)
        k = round(p * len(idx))
        order = np.lexsort((idx, m[idx]))
        a[idx[order[:k]]] = False
        offset = 0
        for n in group:
            alive[n] = a[offset : offset + mags[n].size]
            offset += mags[n].size
    return {
        n: torch.from_numpy(alive[n].reshape(tuple(weights[n].shape))).to(
            device=weights[n].device, dtype=weights[n].dtype
        )
        for n in names
    }
