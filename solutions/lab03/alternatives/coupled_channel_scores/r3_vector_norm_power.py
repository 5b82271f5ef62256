# alternative: torch.linalg.vector_norm(ord=p) raised to the power p, float64 from the start, reversed layer order; validation with early helper functions
def coupled_channel_scores(writers, norms, readers, p=2):
    """Sum over the group of ||W_c||_p ** p."""

    def sequence(name, value):
        if isinstance(value, (list, tuple)):
            return list(value)
        raise TypeError(f"{name} must be a list or tuple, not {type(value).__name__}")

    def layer_of(name, i, layer, kinds):
        if not isinstance(layer, kinds):
            raise TypeError(f"{name}[{i}] has the wrong kind: {type(layer).__name__}")
        return layer

    ws = sequence("writers", writers)
    if len(ws) == 0:
        raise ValueError("writers is empty")
    C = int(ws[0].weight.shape[0]) if isinstance(ws[0], (nn.Conv2d, nn.Linear)) else None
    for i, w in enumerate(ws):
        layer_of("writers", i, w, (nn.Conv2d, nn.Linear))
        if w.weight.shape[0] != C:
            raise ValueError(f"writer {i} does not have {C} outputs")
    ns = sequence("norms", norms)
    for i, bn in enumerate(ns):
        layer_of("norms", i, bn, _BatchNorm)
        if bn.num_features != C:
            raise ValueError(f"norm {i} does not have {C} features")
    rs = sequence("readers", readers)
    for i, r in enumerate(rs):
        layer_of("readers", i, r, (nn.Linear, nn.Conv2d))
        if isinstance(r, nn.Conv2d) and r.groups > 1:
            raise ValueError(f"reader {i} is grouped")
        if r.weight.shape[1] != C:
            raise ValueError(f"reader {i} does not have {C} inputs")
    if isinstance(p, (bool, np.bool_)) or not isinstance(p, (int, np.integer)):
        raise TypeError("p must be an integer")
    if p != 1 and p != 2:
        raise ValueError("p must be 1 or 2")
    p = int(p)

    def norm_p(t, dims):
        t = t.detach().to(dtype=torch.float64)
        if not dims:
            return t.abs() ** p
        return torch.linalg.vector_norm(t, ord=p, dim=dims) ** p

    with torch.no_grad():
        terms = []
        for r in reversed(rs):
            terms.append(norm_p(r.weight, tuple(d for d in range(r.weight.dim()) if d != 1)))
        for bn in reversed(ns):
            if bn.affine:
                terms.append(norm_p(bn.weight, ()))
        for w in reversed(ws):
            terms.append(norm_p(w.weight, tuple(range(1, w.weight.dim()))))
        result = torch.zeros(C, dtype=torch.float64, device=ws[0].weight.device)
        for t in terms:
            result = result + t
    return result
