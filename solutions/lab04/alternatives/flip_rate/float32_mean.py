# alternative: torch.cat of flattened masks and a float32 mean of the differences
def flip_rate(old, new) -> float:
    validate_type("old", old, (torch.Tensor, Mapping))
    keys = None if isinstance(old, torch.Tensor) else list(old)
    olds = [old] if keys is None else [old[k] for k in keys]
    for mask in olds:
        validate_type("mask", mask, torch.Tensor)
        if mask.dtype != torch.bool:
            raise ValueError("masks must be bool")
    validate_type("new", new, torch.Tensor if keys is None else Mapping)
    if keys is not None and set(new) != set(keys):
        raise ValueError("keys differ")
    news = [new] if keys is None else [new[k] for k in keys]
    for mask in news:
        validate_type("mask", mask, torch.Tensor)
        if mask.dtype != torch.bool:
            raise ValueError("masks must be bool")
    if any(a.shape != b.shape for a, b in zip(olds, news)):
        raise ValueError("shapes differ")
    if sum(a.numel() for a in olds) == 0:
        return 0.0
    changed = torch.cat([(a ^ b).flatten() for a, b in zip(olds, news)])
    return changed.float().mean().item()
