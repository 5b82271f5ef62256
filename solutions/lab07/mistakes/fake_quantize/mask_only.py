# mistake: returns the mask instead of the gradient times the mask
# expect: incoming gradient
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
    if isinstance(bits, bool) or not isinstance(bits, int):
        raise TypeError(f"bits must be an int, got {bits!r}")
    if not 2 <= bits <= 8:
        raise ValueError(f"bits must be in 2..8, got {bits}")
    qmin, qmax = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if signed else (0, 2**bits - 1)

    class RoundWithSTE(torch.autograd.Function):
        @staticmethod
        def forward(ctx, values):
            q = torch.round(values / scale) + zero_point
            ctx.save_for_backward((q >= qmin) & (q <= qmax))
            return ((torch.clamp(q, qmin, qmax) - zero_point) * scale).to(values.dtype)

        @staticmethod
        def backward(ctx, grad):
            (inside,) = ctx.saved_tensors
            return inside.to(grad.dtype) if clipped else grad

    return RoundWithSTE.apply(x)
