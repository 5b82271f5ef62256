# alternative: turns the scale into a float32 tensor on q's device first
def dequantize(q, scale, zero_point):
    import numbers

    if not isinstance(q, torch.Tensor) or q.is_floating_point() or q.is_complex() or q.dtype == torch.bool:
        raise TypeError("q must be an integer tensor")
    if isinstance(scale, bool) or not isinstance(scale, (torch.Tensor, numbers.Real)):
        raise TypeError("scale must be a float or a tensor")
    if isinstance(zero_point, bool) or not isinstance(zero_point, (torch.Tensor, numbers.Integral)):
        raise TypeError("zero_point must be an int or a tensor")
    zp = zero_point.to(torch.int64) if isinstance(zero_point, torch.Tensor) else int(zero_point)
    s = torch.as_tensor(scale, dtype=torch.float32, device=q.device)
    diff = q.to(torch.int64) - zp
    return diff.to(torch.float32) * s
