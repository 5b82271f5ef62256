# alternative: a module-level autograd.Function with every argument as input
class _FakeQuantSTE(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, scale, zero_point, qmin, qmax, clipped):
        q = torch.round(x / scale) + zero_point
        inside = (q >= qmin) & (q <= qmax)
        ctx.save_for_backward(inside.to(x.dtype) if clipped else torch.ones_like(x))
        return ((q.clamp(qmin, qmax) - zero_point) * scale).to(x.dtype)

    @staticmethod
    def backward(ctx, grad):
        (factor,) = ctx.saved_tensors
        return grad * factor, None, None, None, None, None


def fake_quantize(
    x: torch.Tensor,
    scale: torch.Tensor | float,
    zero_point: torch.Tensor | int,
    bits: int = 8,
    signed: bool = True,
    clipped: bool = True,
) -> torch.Tensor:
    """Quantize and dequantize ``x`` in one differentiable step, with a straight-through estimator.

    Forward: ``q = clamp(round(x / scale) + zero_point, qmin, qmax)`` (``torch.round``, halves to even), and the
    result is ``(q - zero_point) * scale``, in ``x``'s dtype. Backward (implement it with a subclass of
    ``torch.autograd.Function``, since rounding's own gradient is 0): the gradient with respect to ``x`` is the
    incoming gradient where ``qmin <= round(x / scale) + zero_point <= qmax`` and 0 where the value was clamped
    (``clipped=True``, what torch's FakeQuantize does), or the incoming gradient everywhere (``clipped=False``, the
    plain STE). ``scale`` and ``zero_point`` get no gradient.

    Args:
        x: float tensor of any shape. Not modified.
        scale: a positive float or a float tensor that broadcasts against ``x``.
        zero_point: an int or an integer tensor that broadcasts against ``x``.
        bits: integer width, an int from 2 to 8; signed: signed or unsigned integers.
        clipped: clipped STE (True) or plain STE (False).

    Returns:
        A tensor of ``x``'s shape and dtype that is part of the autograd graph when ``x`` requires grad.

    Raises:
        TypeError: if ``bits`` is not an int; ValueError: if it is outside 2..8.
    """
    # argument checks of the course convention (added when the convention was adopted)
    import numbers as _numbers

    from utils.validation import validate_int as _validate_int
    from utils.validation import validate_type as _validate_type

    _validate_type("x", x, torch.Tensor)
    if not x.is_floating_point():
        raise TypeError("x must be a floating-point tensor")
    _validate_type("scale", scale, (_numbers.Real, torch.Tensor))
    _validate_type("zero_point", zero_point, (_numbers.Integral, torch.Tensor))
    bits = _validate_int("bits", bits, 2, 8)
    _validate_type("signed", signed, bool)
    scale = scale if isinstance(scale, torch.Tensor) else float(scale)
    zero_point = zero_point if isinstance(zero_point, torch.Tensor) else int(zero_point)
    _validate_type("clipped", clipped, bool)
    if isinstance(bits, bool) or not isinstance(bits, int):
        raise TypeError("bits must be an int")
    if not 2 <= bits <= 8:
        raise ValueError("bits must be in 2..8")
    qmin = -(2 ** (bits - 1)) if signed else 0
    return _FakeQuantSTE.apply(x, scale, zero_point, qmin, qmin + 2**bits - 1, clipped)
