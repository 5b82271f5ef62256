# mistake: accumulates the flips with old ^= new: the old masks are modified
# expect: unchanged
def flip_rate(old: torch.Tensor | Mapping[str, torch.Tensor], new: torch.Tensor | Mapping[str, torch.Tensor]) -> float:
    def masks_of(name, value, kind):
        if kind is None:
            if isinstance(value, torch.Tensor):
                kind = "tensor"
            elif isinstance(value, Mapping):
                kind = "dict"
            else:
                raise TypeError(f"{name} must be a tensor or a dict of tensors, got {type(value).__name__}")
        elif kind == "tensor" and not isinstance(value, torch.Tensor):
            raise TypeError(f"{name} must be a tensor like old")
        elif kind == "dict" and not isinstance(value, Mapping):
            raise TypeError(f"{name} must be a dict like old")
        masks = {None: value} if kind == "tensor" else dict(value)
        for key, mask in masks.items():
            if not isinstance(mask, torch.Tensor):
                raise TypeError(f"{name}[{key!r}] must be a tensor")
            if mask.dtype != torch.bool:
                raise ValueError(f"{name}[{key!r}] must be torch.bool, got {mask.dtype}")
        return kind, masks

    kind, old_masks = masks_of("old", old, None)
    _, new_masks = masks_of("new", new, kind)
    if set(old_masks) != set(new_masks):
        raise ValueError("old and new must have the same keys")
    for key in old_masks:
        if old_masks[key].shape != new_masks[key].shape:
            raise ValueError(f"masks {key!r} differ in shape")
    changed = 0
    for k in old_masks:
        old_masks[k] ^= new_masks[k]
        changed += int(old_masks[k].sum())
    total = sum(old_masks[k].numel() for k in old_masks)
    return changed / total if total else 0.0
