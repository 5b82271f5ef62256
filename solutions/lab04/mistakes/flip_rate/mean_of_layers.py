# mistake: averages per-layer rates instead of pooling entries
# expect: average
def flip_rate(old: torch.Tensor | Mapping[str, torch.Tensor], new: torch.Tensor | Mapping[str, torch.Tensor]) -> float:
    def checked(name: str, masks: object, kind: type | tuple[type, ...]) -> None:
        validate_type(name, masks, kind)
        for mask in masks.values() if isinstance(masks, Mapping) else [masks]:
            validate_type(f"a mask in {name}", mask, torch.Tensor)
            if mask.dtype != torch.bool:
                raise ValueError(f"masks must be torch.bool, got {mask.dtype}")

    checked("old", old, (torch.Tensor, Mapping))
    checked("new", new, torch.Tensor if isinstance(old, torch.Tensor) else Mapping)
    if isinstance(old, torch.Tensor):
        pairs = [(old, new)]
    else:
        if set(old) != set(new):
            raise ValueError("old and new must have the same keys")
        pairs = [(old[key], new[key]) for key in old]
    for a, b in pairs:
        if a.shape != b.shape:
            raise ValueError(f"paired masks differ in shape: {tuple(a.shape)} and {tuple(b.shape)}")
    rates = [float((a != b).float().mean()) if a.numel() else 0.0 for a, b in pairs]
    return sum(rates) / len(rates) if rates else 0.0
