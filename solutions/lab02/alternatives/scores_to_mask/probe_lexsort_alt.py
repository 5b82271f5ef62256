# alternative: sorts (value, position) pairs with Python's sorted
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
        values = []
        for n in names:
            values.extend(scores[n].detach().cpu().double().flatten().tolist())
        k = round(sparsity * len(values))
        order = sorted(range(len(values)), key=lambda i: (values[i], i))
        keep = [True] * len(values)
        for i in order[:k]:
            keep[i] = False
        pos = 0
        for n in names:
            s = scores[n]
            out[n] = (
                torch.tensor(keep[pos : pos + s.numel()], dtype=torch.bool).reshape(s.shape).to(s.dtype).to(s.device)
            )
            pos += s.numel()
    return {n: out[n] for n in names_all}
