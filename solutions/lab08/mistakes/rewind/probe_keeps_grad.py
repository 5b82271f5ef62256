# mistake: returns tensors that are the saved ones when no mask applies (aliasing)
# expect: unchanged


def rewind(state, masks):
    validate_type("state", state, Mapping)
    for key, v in state.items():
        validate_type(f"state[{key!r}]", v, torch.Tensor)
    validate_type("masks", masks, Mapping)
    targets = {}
    for name, m in masks.items():
        validate_type(f"masks[{name!r}]", m, torch.Tensor)
        key = f"{name}.weight" if name else "weight"
        if key not in state:
            raise KeyError(key)
        if m.shape != state[key].shape:
            raise ValueError(f"mask {name!r} has the wrong shape")
        targets[key] = m
    out = {}
    for key, v in state.items():
        if key in targets:
            v = v.detach().clone()
            v = torch.where(targets[key] != 0, v, torch.zeros_like(v))
        out[key] = v
    return out
