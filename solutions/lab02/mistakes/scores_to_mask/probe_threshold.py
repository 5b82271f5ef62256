# mistake: prunes everything <= the k-th value (ties all pruned)
# expect: every mask
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
    masks = {}
    groups = [[n] for n in scores] if scope == "local" else [list(scores)]
    for names in groups:
        flat = torch.cat([scores[n].detach().flatten().double() for n in names])
        k = round(sparsity * flat.numel())
        start = 0
        thr = torch.sort(flat).values[k - 1] if k else None
        for n in names:
            s = scores[n]
            part = flat[start : start + s.numel()]
            m = torch.ones_like(part, dtype=torch.bool) if thr is None else part > thr
            masks[n] = m.reshape(s.shape).to(s.dtype)
            start += s.numel()
    return {n: masks[n] for n in scores}
