# alternative: torch.minimum and torch.maximum instead of clamp
def quantize(
    x: torch.Tensor, scale: torch.Tensor | float, zero_point: torch.Tensor | int, bits: int = 8, signed: bool = True
) -> torch.Tensor:
    """Quantize ``x``: ``q = clamp(round(x / scale) + zero_point, qmin, qmax)``.

    ``round`` is ``torch.round`` (halves to even: 0.5 -> 0, 1.5 -> 2, -2.5 -> -2); it is applied to ``x / scale``
    *before* the zero-point is added, and the clamp comes last. ``qmin..qmax`` is the ``bits``-bit range
    (signed: ``-2**(bits-1) .. 2**(bits-1) - 1``; unsigned: ``0 .. 2**bits - 1``).

    Args:
        x: float tensor of any shape (may be empty). Not modified.
        scale: a positive float or a float tensor that broadcasts against ``x`` (per-channel scales arrive
            already shaped for broadcasting, e.g. ``(C, 1)``).
        zero_point: an int or an integer tensor that broadcasts against ``x``.
        bits: integer width, an int from 2 to 8.
        signed: signed (True) or unsigned (False) integers.

    Returns:
        An int32 tensor of the broadcast shape of ``x``, ``scale`` and ``zero_point``, on ``x``'s device.

    Raises:
        TypeError: if ``x`` is not a floating-point tensor or ``bits`` is not an int.
        ValueError: if ``bits`` is outside 2..8.
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
    if isinstance(bits, bool) or not isinstance(bits, int):
        raise TypeError("bits must be an int")
    if bits not in range(2, 9):
        raise ValueError("bits must be in 2..8")
    if x.dtype not in (torch.float16, torch.bfloat16, torch.float32, torch.float64):
        raise TypeError("x must be a float tensor")
    qmin, qmax = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    q = torch.round(torch.div(x, scale)).add(zero_point)
    q = torch.maximum(q, torch.tensor(float(qmin), dtype=q.dtype))
    return torch.minimum(q, torch.tensor(float(qmax), dtype=q.dtype)).int()
