# mistake: subtracts in q's own dtype (uint8 wraps around)
# expect: wraps around
def dequantize(q, scale, zero_point):
    import numbers

    if not isinstance(q, torch.Tensor) or q.is_floating_point() or q.is_complex() or q.dtype == torch.bool:
        raise TypeError("q must be an integer tensor")
    if isinstance(scale, bool) or not isinstance(scale, (torch.Tensor, numbers.Real)):
        raise TypeError("scale must be a float or a tensor")
    if isinstance(zero_point, bool) or not isinstance(zero_point, (torch.Tensor, numbers.Integral)):
        raise TypeError("zero_point must be an int or a tensor")
    zp = zero_point.to(torch.int64) if isinstance(zero_point, torch.Tensor) else int(zero_point)
    s = scale.to(torch.float32) if isinstance(scale, torch.Tensor) else float(scale)
    diff = q - zp
    return diff.to(torch.float32) * s
