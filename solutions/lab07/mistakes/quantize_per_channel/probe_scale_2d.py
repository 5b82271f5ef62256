# mistake: returns the scale shaped for broadcasting instead of 1-D
# expect: shape
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
    rows = w.detach().movedim(axis, 0).reshape(w.shape[axis], -1)
    scale, zero_point = scale_zero_point(rows.amin(1), rows.amax(1), int(bits), symmetric, signed)
    shape = [1] * w.dim()
    shape[axis] = -1
    q = quantize(w, scale.view(shape), zero_point.view(shape), int(bits), signed)
    return q, scale.view(shape), zero_point
