# alternative: torch.where in backward, mask saved as float in x's dtype
def fake_quantize(x, scale, zero_point, bits=8, signed=True, clipped=True):
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
    if not isinstance(clipped, bool):
        raise TypeError("clipped must be a bool")
    if not isinstance(scale, torch.Tensor):
        scale = float(scale)
    if not isinstance(zero_point, torch.Tensor):
        zero_point = int(zero_point)
    bits = int(bits)
    qmin, qmax = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if signed else (0, 2**bits - 1)

    class _FakeQuant(torch.autograd.Function):
        @staticmethod
        def forward(ctx, inp):
            q = torch.round(inp / scale) + zero_point
            inside = torch.where((q >= qmin) & (q <= qmax), 1.0, 0.0).to(inp.dtype)
            ctx.save_for_backward(inside)
            return ((torch.clamp(q, qmin, qmax) - zero_point) * scale).to(inp.dtype)

        @staticmethod
        def backward(ctx, grad):
            (inside,) = ctx.saved_tensors
            return torch.where(inside > 0, grad, torch.zeros_like(grad)) if clipped else grad.clone()

    return _FakeQuant.apply(x)
