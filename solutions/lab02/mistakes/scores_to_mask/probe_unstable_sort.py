# mistake: uses the default (unstable) argsort, so ties go either way on large tensors
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
    groups = [[n] for n in scores] if scope == "local" else [list(scores)]
    masks = {}
    for names in groups:
        flat = torch.cat([scores[n].detach().flatten().double().cpu() for n in names])
        keep = torch.ones(flat.numel(), dtype=torch.bool)
        keep[torch.argsort(flat, stable=False)[: round(sparsity * flat.numel())]] = False
        start = 0
        for n in names:
            s = scores[n]
            masks[n] = keep[start : start + s.numel()].reshape(s.shape).to(dtype=s.dtype, device=s.device)
            start += s.numel()
    return {n: masks[n] for n in scores}
