# mistake: no range check on ch_axis (IndexError)
# expect: ValueError
def observe_min_max(x, min_val=None, max_val=None, ch_axis=None):
    import numbers

    if not isinstance(x, torch.Tensor):
        raise TypeError("x must be a tensor")
    if min_val is not None and not isinstance(min_val, torch.Tensor):
        raise TypeError("min_val must be a tensor or None")
    if max_val is not None and not isinstance(max_val, torch.Tensor):
        raise TypeError("max_val must be a tensor or None")
    if (min_val is None) != (max_val is None):
        raise ValueError("only one of min_val/max_val is None")
    if ch_axis is not None:
        if isinstance(ch_axis, bool) or not isinstance(ch_axis, numbers.Integral):
            raise TypeError("ch_axis must be an int or None")
    if x.numel() == 0:
        if min_val is None:
            raise ValueError("empty x and no running range")
        return min_val, max_val
    x = x.detach()
    if ch_axis is None:
        lo, hi = x.min(), x.max()
    else:
        rows = x.movedim(int(ch_axis), 0).reshape(x.shape[int(ch_axis)], -1)
        lo, hi = rows.amin(1), rows.amax(1)
    if min_val is not None:
        lo = torch.minimum(min_val.detach().to(x.dtype), lo)
        hi = torch.maximum(max_val.detach().to(x.dtype), hi)
    return lo, hi
