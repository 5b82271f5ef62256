# alternative: copy.deepcopy the whole state, then index-assign zeros


def rewind(state, masks):
    if not isinstance(state, Mapping):
        raise TypeError("state must be a mapping")
    for k, v in state.items():
        if not isinstance(v, torch.Tensor):
            raise TypeError("state values must be tensors")
    if not isinstance(masks, Mapping):
        raise TypeError("masks must be a mapping")
    for name, m in masks.items():
        if not isinstance(m, torch.Tensor):
            raise TypeError("mask must be a tensor")
        key = name + ".weight" if name != "" else "weight"
        if key not in state:
            raise KeyError(key)
        if tuple(m.shape) != tuple(state[key].shape):
            raise ValueError("shape")
    out = {k: v.detach().clone() for k, v in copy.deepcopy(dict(state)).items()}
    for name, m in masks.items():
        key = name + ".weight" if name != "" else "weight"
        out[key][~m.bool()] = 0
    return out
