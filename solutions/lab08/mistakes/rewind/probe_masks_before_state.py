# mistake: validates the masks (keys, shapes) before checking that state is a mapping (not signature order)
# expect: state that is a list


def rewind(state, masks):
    validate_type("masks", masks, Mapping)
    for name, m in masks.items():
        if (f"{name}.weight" if name else "weight") not in state:
            raise KeyError(name)
    validate_type("state", state, Mapping)
    for key, v in state.items():
        validate_type(f"state[{key!r}]", v, torch.Tensor)
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
        v = v.detach().clone()
        if key in targets:
            v = torch.where(targets[key] != 0, v, torch.zeros_like(v))
        out[key] = v
    return out
