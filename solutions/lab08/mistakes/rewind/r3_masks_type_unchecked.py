# mistake: does not check that masks is a mapping of tensors: a list mask is converted with torch.as_tensor
# expect: TypeError
def rewind(state, masks):
    validate_type("state", state, Mapping)
    for key, v in state.items():
        validate_type(f"state[{key!r}]", v, torch.Tensor)
    validate_type("masks", masks, Mapping)
    for name, m in masks.items():
        m = torch.as_tensor(m)
        key = f"{name}.weight" if name else "weight"
        if key not in state:
            raise KeyError(f"no weight {key!r} in state for mask {name!r}")
        if tuple(m.shape) != tuple(state[key].shape):
            raise ValueError(f"mask {name!r} has shape {tuple(m.shape)}, weight {tuple(state[key].shape)}")
    out = {key: v.detach().clone() for key, v in state.items()}
    for name, m in masks.items():
        m = torch.as_tensor(m)
        key = f"{name}.weight" if name else "weight"
        out[key][m == 0] = 0
    return out
