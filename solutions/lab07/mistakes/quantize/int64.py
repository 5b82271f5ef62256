# mistake: returns int64
# expect: int32
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
    if isinstance(bits, bool) or not isinstance(bits, int):
        raise TypeError(f"bits must be an int, got {bits!r}")
    if not 2 <= bits <= 8:
        raise ValueError(f"bits must be in 2..8, got {bits}")
    if not x.is_floating_point():
        raise TypeError(f"x must be a floating-point tensor, got {x.dtype}")
    qmin, qmax = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if signed else (0, 2**bits - 1)
    return torch.clamp(torch.round(x / scale) + zero_point, qmin, qmax).to(torch.int64)
