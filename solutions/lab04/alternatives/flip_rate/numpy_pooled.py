# alternative: numpy, concatenating every pair's flattened masks
def flip_rate(old, new) -> float:
    if isinstance(old, torch.Tensor):
        if not isinstance(new, torch.Tensor):
            raise TypeError("new must be a tensor like old")
        olds, news = [old], [new]
    elif isinstance(old, Mapping):
        for mask in old.values():
            if not isinstance(mask, torch.Tensor):
                raise TypeError("masks must be tensors")
            if mask.dtype != torch.bool:
                raise ValueError("masks must be bool")
        if not isinstance(new, Mapping):
            raise TypeError("new must be a dict like old")
        if set(old) != set(new):
            raise ValueError("keys differ")
        olds, news = list(old.values()), [new[key] for key in old]
    else:
        raise TypeError("old must be a tensor or a dict")
    for a, b in zip(olds, news):
        if not isinstance(b, torch.Tensor):
            raise TypeError("masks must be tensors")
        if a.dtype != torch.bool or b.dtype != torch.bool:
            raise ValueError("masks must be bool")
        if a.shape != b.shape:
            raise ValueError("shapes differ")
    if not olds:
        return 0.0
    a = np.concatenate([t.numpy().ravel() for t in olds])
    b = np.concatenate([t.numpy().ravel() for t in news])
    return float(np.logical_xor(a, b).mean()) if a.size else 0.0
