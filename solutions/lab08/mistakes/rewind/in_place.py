# mistake: masks the saved tensors in place
# expect: in place
def rewind(state: Mapping[str, torch.Tensor], masks: Mapping[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    keys = {(name + ".weight" if name else "weight"): name for name in masks}
    for key in keys:
        if key not in state:
            raise KeyError(f"state has no {key!r}")
    rewound = {}
    for key, value in state.items():
        value = value.detach()
        if key in keys:
            mask = masks[keys[key]]
            if tuple(mask.shape) != tuple(value.shape):
                raise ValueError(f"mask of {key!r} has shape {tuple(mask.shape)}, the weight {tuple(value.shape)}")
            value[mask.to(value.device) == 0] = 0
        rewound[key] = value
    return rewound
