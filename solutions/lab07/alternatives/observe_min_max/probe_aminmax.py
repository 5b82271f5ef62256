# alternative: torch.aminmax on the flattened tensor, torch.where to merge
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
        if not -x.dim() <= ch_axis < x.dim():
            raise ValueError("ch_axis out of range")
    if x.numel() == 0:
        if min_val is None:
            raise ValueError("empty x and no running range")
        return min_val, max_val
    x = x.detach()
    if ch_axis is None:
        lo, hi = torch.aminmax(x.reshape(-1))
    else:
        rows = x.movedim(int(ch_axis), 0).reshape(x.shape[int(ch_axis)], -1)
        lo, hi = rows.amin(1), rows.amax(1)
    if min_val is not None:
        old_lo, old_hi = min_val.detach().to(x.dtype), max_val.detach().to(x.dtype)
        lo = torch.where(old_lo < lo, old_lo, lo)
        hi = torch.where(old_hi > hi, old_hi, hi)
    return lo, hi
