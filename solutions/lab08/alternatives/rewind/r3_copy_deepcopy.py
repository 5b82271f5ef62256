# alternative: copy.deepcopy of the state, then masked_fill_ on the copies
def rewind(state, masks):
    validate_type("state", state, Mapping)
    for v in state.values():
        validate_type("state value", v, torch.Tensor)
    validate_type("masks", masks, Mapping)
    keys = []
    for name, m in masks.items():
        validate_type("mask", m, torch.Tensor)
        key = (name + ".weight") if name else "weight"
        if key not in state:
            raise KeyError(f"mask {name!r}: no {key!r}")
        validate_shape = tuple(state[key].shape)
        if tuple(m.shape) != validate_shape:
            raise ValueError("mask shape")
        keys.append((key, m))
    out = copy.deepcopy({k: v.detach() for k, v in state.items()})
    for key, m in keys:
        out[key].masked_fill_(~m.bool(), 0.0)
    return out
