# alternative: torch.where per key with a zero of the weight's dtype, lookups by a name->key map
def rewind(state, masks):
    if not isinstance(state, Mapping) or not all(isinstance(v, torch.Tensor) for v in state.values()):
        raise TypeError("state must be a mapping of tensors")
    if not isinstance(masks, Mapping):
        raise TypeError("masks must be a mapping")
    by_key = {}
    for name, m in masks.items():
        if not isinstance(m, torch.Tensor):
            raise TypeError("masks must hold tensors")
        key = "weight" if name == "" else name + ".weight"
        if key not in state:
            raise KeyError(key)
        if m.shape != state[key].shape:
            raise ValueError("shape")
        by_key[key] = m
    result = {}
    for key, value in state.items():
        value = value.detach()
        if key in by_key:
            keep = by_key[key].to(value.device) != 0
            result[key] = torch.where(keep, value, torch.zeros((), dtype=value.dtype, device=value.device))
        else:
            result[key] = value.clone()
    return result
