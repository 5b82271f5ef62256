# mistake: counts and divides in float16
# expect: flip_rate
def flip_rate(old, new) -> float:
    def check_mask(name, value):
        if not isinstance(value, torch.Tensor):
            raise TypeError(f"{name} must be a tensor")
        if value.dtype != torch.bool:
            raise ValueError(f"{name} must be torch.bool")

    if isinstance(old, torch.Tensor):
        check_mask("old", old)
        if not isinstance(new, torch.Tensor):
            raise TypeError("new must be a tensor like old")
        check_mask("new", new)
        pairs = [(old, new)]
    elif isinstance(old, Mapping):
        for k, v in old.items():
            check_mask(f"old[{k!r}]", v)
        if not isinstance(new, Mapping):
            raise TypeError("new must be a dict like old")
        for k, v in new.items():
            check_mask(f"new[{k!r}]", v)
        if set(old) != set(new):
            raise ValueError("keys differ")
        pairs = [(old[k], new[k]) for k in old]
    else:
        raise TypeError("old must be a tensor or a dict")
    for a, b in pairs:
        if a.shape != b.shape:
            raise ValueError("shapes differ")
    changed = sum(int((a != b).sum()) for a, b in pairs)
    total = sum(a.numel() for a, _ in pairs)
    return (
        float(torch.tensor(changed, dtype=torch.float16) / torch.tensor(total, dtype=torch.float16)) if total else 0.0
    )
