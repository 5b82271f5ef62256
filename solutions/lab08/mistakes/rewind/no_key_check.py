# mistake: ignores masks of layers the state lacks
# expect: KeyError
def rewind(state: Mapping[str, torch.Tensor], masks: Mapping[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    keys = {(name + ".weight" if name else "weight"): name for name in masks}
    for key in keys:
        if key not in state:
            pass
    rewound = {}
    for key, value in state.items():
        value = value.detach().clone()
        if key in keys:
            mask = masks[keys[key]]
            if tuple(mask.shape) != tuple(value.shape):
                raise ValueError(f"mask of {key!r} has shape {tuple(mask.shape)}, the weight {tuple(value.shape)}")
            value[mask.to(value.device) == 0] = 0
        rewound[key] = value
    return rewound
