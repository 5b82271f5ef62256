# mistake: accepts 'GLOBAL'/'Local' by lower-casing scope
# expect: ValueError
def scores_to_mask(scores, sparsity, scope="global"):
    if not isinstance(scores, Mapping) or not all(isinstance(s, torch.Tensor) for s in scores.values()):
        raise TypeError("scores must be a mapping of tensors")
    if len(scores) == 0:
        raise ValueError("scores is empty")
    sparsity = validate_fraction("sparsity", sparsity)
    validate_type("scope", scope, str)
    scope = scope.lower()
    if scope not in ("local", "global"):
        raise ValueError("scope")

    def lowest(flat, k):
        order = torch.argsort(flat, stable=True)
        keep = torch.ones(flat.numel(), dtype=torch.bool)
        keep[order[:k]] = False
        return keep

    if scope == "local":
        return {
            n: lowest(s.detach().flatten(), round(sparsity * s.numel())).reshape(s.shape).to(s.dtype)
            for n, s in scores.items()
        }
    flat = torch.cat(
        [
            s.detach().flatten().double() if not s.dtype.is_floating_point else s.detach().flatten().to(torch.float64)
            for s in scores.values()
        ]
    )
    keep = lowest(flat, round(sparsity * flat.numel()))
    out, start = {}, 0
    for n, s in scores.items():
        out[n] = keep[start : start + s.numel()].reshape(s.shape).to(s.dtype)
        start += s.numel()
    return out
