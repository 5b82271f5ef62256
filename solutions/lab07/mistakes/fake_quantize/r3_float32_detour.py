# mistake: computes the whole forward in float32 (x.float()) and casts back: a float64 x loses precision
# expect: float64
def fake_quantize(
    x: torch.Tensor,
    scale: torch.Tensor | float,
    zero_point: torch.Tensor | int,
    bits: int = 8,
    signed: bool = True,
    clipped: bool = True,
) -> torch.Tensor:
    from utils.validation import validate_int, validate_type

    validate_type("x", x, torch.Tensor)
    if not x.is_floating_point():
        raise TypeError("x must be a floating-point tensor")
    validate_type("scale", scale, (float, int, np.floating, np.integer, torch.Tensor))
    validate_type("zero_point", zero_point, (int, np.integer, torch.Tensor))
    bits = validate_int("bits", bits, 2, 8)
    validate_type("signed", signed, bool)
    validate_type("clipped", clipped, bool)
    qmin, qmax = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if signed else (0, 2**bits - 1)

    class _FakeQuant(torch.autograd.Function):
        @staticmethod
        def forward(ctx, inp):
            xf = inp.float()
            s = scale.float() if isinstance(scale, torch.Tensor) else float(scale)
            q = torch.round(xf / s) + zero_point
            mask = (q >= qmin) & (q <= qmax)
            ctx.save_for_backward(mask)
            return ((q.clamp(qmin, qmax) - zero_point) * s).to(inp.dtype)

        @staticmethod
        def backward(ctx, grad):
            (mask,) = ctx.saved_tensors
            return grad * mask.to(grad.dtype) if clipped else grad

    return _FakeQuant.apply(x)
