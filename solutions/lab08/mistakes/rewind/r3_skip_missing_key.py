# mistake: silently skips a mask whose layer has no weight instead of raising KeyError
# expect: KeyError
def rewind(state, masks):
    validate_type("state", state, Mapping)
    for key, v in state.items():
        validate_type(f"state[{key!r}]", v, torch.Tensor)
    validate_type("masks", masks, Mapping)
    for name, m in masks.items():
        validate_type(f"masks[{name!r}]", m, torch.Tensor)
        key = f"{name}.weight" if name else "weight"
        if key not in state:
            continue
        if tuple(m.shape) != tuple(state[key].shape):
            raise ValueError(f"mask {name!r} has shape {tuple(m.shape)}, weight {tuple(state[key].shape)}")
    out = {key: v.detach().clone() for key, v in state.items()}
    for name, m in masks.items():
        key = f"{name}.weight" if name else "weight"
        if key in out:
            out[key][m == 0] = 0
    return out
