# alternative: numpy mergesort over float64, per group
def scores_to_mask(scores, sparsity, scope="global"):
    if not isinstance(scores, Mapping):
        raise TypeError("scores must be a mapping")
    for s in scores.values():
        if not isinstance(s, torch.Tensor):
            raise TypeError("scores must hold tensors")
    if not scores:
        raise ValueError("scores is empty")
    if isinstance(sparsity, bool) or not isinstance(sparsity, numbers.Real):
        raise TypeError("sparsity must be a real number")
    if not 0 <= sparsity <= 1:
        raise ValueError("sparsity out of range")
    if not isinstance(scope, str):
        raise TypeError("scope must be a string")
    if scope not in ("local", "global"):
        raise ValueError("bad scope")
    out = {}
    names_all = list(scores)
    groups = [[n] for n in names_all] if scope == "local" else [names_all]
    for names in groups:
        arrays = [scores[n].detach().cpu().double().numpy().reshape(-1) for n in names]
        flat = np.concatenate(arrays) if arrays else np.zeros(0)
        k = round(float(sparsity) * flat.size)
        keep = np.ones(flat.size, dtype=bool)
        keep[np.argsort(flat, kind="mergesort")[:k]] = False
        pos = 0
        for n, a in zip(names, arrays):
            s = scores[n]
            out[n] = (
                torch.from_numpy(keep[pos : pos + a.size].copy()).reshape(s.shape).to(device=s.device, dtype=s.dtype)
            )
            pos += a.size
    return {n: out[n] for n in names_all}
