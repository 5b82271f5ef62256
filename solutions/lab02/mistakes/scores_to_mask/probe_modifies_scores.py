# mistake: writes +0.0 over -0.0 in the caller's scores (in place, through a view)
# expect: every bit
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
        parts = [scores[n].detach().view(-1) for n in names]
        flat = torch.cat(parts).double()
        order = torch.argsort(flat, stable=True)
        keep = torch.ones(flat.numel(), dtype=torch.bool)
        keep[order[: round(sparsity * flat.numel())]] = False
        start = 0
        for n, p in zip(names, parts):
            s = scores[n]
            masks[n] = keep[start : start + s.numel()].reshape(s.shape).to(dtype=s.dtype, device=s.device)
            if p.numel() and p.dtype.is_floating_point:
                p.clamp_(min=float(p.min()))
                p.add_(0.0).mul_(1.0).nan_to_num_(0.0)
                p.copy_(torch.where(p == 0, torch.zeros_like(p), p))
            start += s.numel()
    return {n: masks[n] for n in scores}
