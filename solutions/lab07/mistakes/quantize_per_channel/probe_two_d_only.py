# mistake: reduces over dimension 1 - axis only (right for 2-D weights, wrong for conv weights)
# expect: expected
def quantize_per_channel(w, bits=8, axis=0, symmetric=True, signed=True):
    import numbers

    if not isinstance(w, torch.Tensor) or not w.is_floating_point():
        raise TypeError("w must be a floating-point tensor")
    if w.dim() == 0 or 0 in w.shape:
        raise ValueError("w is 0-D or has an empty dimension")
    if isinstance(bits, bool) or not isinstance(bits, numbers.Integral):
        raise TypeError("bits must be an int")
    if not 2 <= bits <= 8:
        raise ValueError("bits outside 2..8")
    if isinstance(axis, bool) or not isinstance(axis, numbers.Integral):
        raise TypeError("axis must be an int")
    if not -w.dim() <= axis < w.dim():
        raise ValueError("axis out of range")
    axis = int(axis) % w.dim()
    other = 1 - axis if w.dim() == 2 else w.dim() - 1
    lo, hi = w.detach().amin(other), w.detach().amax(other)
    if lo.dim() > 1:
        lo, hi = lo.flatten(1).amin(1) if axis == 0 else lo.amin(0), hi.flatten(1).amax(1) if axis == 0 else hi.amax(0)
    scale, zero_point = scale_zero_point(
        lo.reshape(-1)[: w.shape[axis]], hi.reshape(-1)[: w.shape[axis]], int(bits), symmetric, signed
    )
    shape = [1] * w.dim()
    shape[axis] = -1
    q = quantize(w, scale.view(shape), zero_point.view(shape), int(bits), signed)
    return q, scale, zero_point
