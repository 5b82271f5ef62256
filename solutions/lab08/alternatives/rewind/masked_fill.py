# alternative: masked_fill with a bool mask
def rewind(state: Mapping[str, torch.Tensor], masks: Mapping[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    validate_type("state", state, Mapping)
    for key, value in state.items():
        validate_type(f"state[{key!r}]", value, torch.Tensor)
    validate_type("masks", masks, Mapping)
    keys = {}
    for name, mask in masks.items():
        validate_type(f"masks[{name!r}]", mask, torch.Tensor)
        key = name + ".weight" if name else "weight"
        if key not in state:
            raise KeyError(f"state has no {key!r}")
        if tuple(mask.shape) != tuple(state[key].shape):
            raise ValueError(f"mask of {key!r} has the wrong shape")
        keys[key] = name
    rewound = {}
    for key, value in state.items():
        value = value.detach().clone()
        if key in keys:
            mask = masks[keys[key]]
            if tuple(mask.shape) != tuple(value.shape):
                raise ValueError(f"mask of {key!r} has shape {tuple(mask.shape)}, the weight {tuple(value.shape)}")
            value = value.masked_fill(mask.to(value.device) == 0, 0)
        rewound[key] = value
    return rewound
