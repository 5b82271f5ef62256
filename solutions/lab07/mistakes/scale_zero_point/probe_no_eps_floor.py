# mistake: no eps floor on the scale (all-zero range gives scale 0)
# expect: expected
def scale_zero_point(min_val, max_val, bits=8, symmetric=True, signed=True):
    import numbers

    if not isinstance(min_val, torch.Tensor):
        raise TypeError("min_val must be a tensor")
    if not isinstance(max_val, torch.Tensor):
        raise TypeError("max_val must be a tensor")
    if min_val.shape != max_val.shape:
        raise ValueError("shapes differ")
    if bool((min_val > max_val).any()):
        raise ValueError("min_val > max_val")
    if isinstance(bits, bool) or not isinstance(bits, numbers.Integral):
        raise TypeError("bits must be an int")
    if not 2 <= bits <= 8:
        raise ValueError("bits outside 2..8")
    if not isinstance(symmetric, bool):
        raise TypeError("symmetric must be a bool")
    if not isinstance(signed, bool):
        raise TypeError("signed must be a bool")
    bits = int(bits)
    qmin, qmax = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if signed else (0, 2**bits - 1)
    lo = torch.clamp(min_val.to(torch.float32), max=0.0)
    hi = torch.clamp(max_val.to(torch.float32), min=0.0)
    eps = torch.finfo(torch.float32).eps
    if symmetric:
        scale = torch.maximum(-lo, hi) / ((qmax - qmin) / 2)
        zp = 0 if signed else (128 if bits == 8 else (qmin + qmax) // 2)
        zero_point = torch.full_like(scale, zp, dtype=torch.int64)
    else:
        scale = torch.clamp((hi - lo) / (qmax - qmin), min=eps)
        zero_point = torch.clamp(qmin - torch.round(lo / scale), qmin, qmax).to(torch.int64)
    return scale, zero_point
