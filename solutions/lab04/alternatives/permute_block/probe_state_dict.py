# alternative: edits a copied state_dict with fancy indexing and loads it into deep copies
def permute_block(first, bn, second, perm):
    validate_type("first", first, nn.Linear)
    c = first.out_features
    if bn is not None:
        validate_type("bn", bn, nn.BatchNorm1d)
        if bn.num_features != c:
            raise ValueError("bn channels")
    validate_type("second", second, nn.Linear)
    if second.in_features != c:
        raise ValueError("second inputs")
    validate_type("perm", perm, torch.Tensor)
    if perm.dtype in (torch.bool,) or torch.is_floating_point(perm) or torch.is_complex(perm):
        raise TypeError("perm must be an integer tensor")
    if perm.ndim != 1 or len(perm) != c:
        raise ValueError("perm shape")
    seen = torch.zeros(c, dtype=torch.bool)
    p = perm.cpu().long()
    if c and (p.min() < 0 or p.max() >= c):
        raise ValueError("perm range")
    seen[p] = True
    if not bool(seen.all()):
        raise ValueError("perm repeats")
    out = []
    for module, which in ((first, "out"), (bn, "bn"), (second, "in")):
        if module is None:
            out.append(None)
            continue
        new = copy.deepcopy(module)
        state = {k: v.clone() for k, v in module.state_dict().items()}
        idx = p.to(next(iter(state.values())).device)
        for k, v in state.items():
            if which == "out" or (which == "bn" and k != "num_batches_tracked"):
                state[k] = v[idx].clone()
            elif which == "in" and k == "weight":
                state[k] = v[:, idx].clone()
        new.load_state_dict(state)
        for param in new.parameters():
            param.requires_grad_(True)
        out.append(new)
    return tuple(out)
