# alternative: straightforward torch implementation following the docstring
def quantize(x, scale, zero_point, bits=8, signed=True):
    import numbers

    if not isinstance(x, torch.Tensor) or not x.is_floating_point():
        raise TypeError("x must be a floating-point tensor")
    if isinstance(scale, bool) or not isinstance(scale, (torch.Tensor, numbers.Real)):
        raise TypeError("scale must be a float or a tensor")
    if isinstance(zero_point, bool) or not isinstance(zero_point, (torch.Tensor, numbers.Integral)):
        raise TypeError("zero_point must be an int or a tensor")
    if isinstance(bits, bool) or not isinstance(bits, numbers.Integral):
        raise TypeError("bits must be an int")
    if not 2 <= bits <= 8:
        raise ValueError("bits outside 2..8")
    if not isinstance(signed, bool):
        raise TypeError("signed must be a bool")
    if not isinstance(scale, torch.Tensor):
        scale = float(scale)
    if not isinstance(zero_point, torch.Tensor):
        zero_point = int(zero_point)
    bits = int(bits)
    qmin, qmax = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if signed else (0, 2**bits - 1)
    q = torch.round(x / scale) + zero_point
    return torch.clamp(q, qmin, qmax).to(torch.int32)
