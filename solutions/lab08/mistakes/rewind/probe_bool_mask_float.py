# mistake: bool masks: uses mask.float() * w, turning float64 weights into float32 precision
# expect: 2**-40


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
        v = v.detach().clone()
        if key in targets:
            v = (v.float() * (targets[key] != 0).float()).to(v.dtype)
        out[key] = v
    return out
