# alternative: numpy logical_xor over concatenated masks, float64 mean
def flip_rate(old, new) -> float:
    def masks(name, value):
        if isinstance(value, torch.Tensor):
            items = [(None, value)]
        elif isinstance(value, Mapping):
            items = list(value.items())
        else:
            raise TypeError(f"{name} must be a tensor or a dict")
        for _, t in items:
            if not isinstance(t, torch.Tensor):
                raise TypeError(f"{name} values must be tensors")
            if t.dtype is not torch.bool:
                raise ValueError(f"{name} masks must be bool")
        return dict(items)

    a = masks("old", old)
    if isinstance(old, torch.Tensor) != isinstance(new, torch.Tensor):
        raise TypeError("new must be of old's kind")
    b = masks("new", new)
    if a.keys() != b.keys():
        raise ValueError("keys differ")
    if any(a[k].shape != b[k].shape for k in a):
        raise ValueError("shapes differ")
    flat_a = [a[k].cpu().numpy().ravel() for k in a]
    flat_b = [b[k].cpu().numpy().ravel() for k in a]
    if not flat_a or sum(x.size for x in flat_a) == 0:
        return 0.0
    return float(np.logical_xor(np.concatenate(flat_a), np.concatenate(flat_b)).mean())
