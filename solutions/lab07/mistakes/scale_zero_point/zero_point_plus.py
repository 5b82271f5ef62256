# mistake: adds round(lo / scale) to qmin
# expect: subtracting
def scale_zero_point(
    min_val: torch.Tensor, max_val: torch.Tensor, bits: int = 8, symmetric: bool = True, signed: bool = True
) -> tuple[torch.Tensor, torch.Tensor]:
    """Scale and zero-point that map an observed range ``[min_val, max_val]`` onto ``bits``-bit integers.

    The range is first stretched to include 0, so that 0.0 is stored exactly: ``lo = min(min_val, 0)``,
    ``hi = max(max_val, 0)``. With ``qmin..qmax`` the integer range (signed: ``-2**(bits-1) .. 2**(bits-1) - 1``;
    unsigned: ``0 .. 2**bits - 1``) and ``eps = torch.finfo(torch.float32).eps``:

    * symmetric: ``scale = max(-lo, hi) / ((qmax - qmin) / 2)``; ``zero_point = 0`` when signed; when unsigned,
      128 at 8 bits (torch.ao's default ``quint8`` range) and the rounded-down midpoint ``(qmin + qmax) // 2``
      below 8 bits (7 at 4 bits, 1 at 2 bits), which is what torch.ao uses for any range it is given explicitly;
    * affine: ``scale = (hi - lo) / (qmax - qmin)``; ``zero_point = qmin - round(lo / scale)`` (``torch.round``,
      halves to even), clamped to ``[qmin, qmax]``;
    * in both, the scale is computed in float32 and floored at ``eps`` (an all-zero range gives ``scale = eps``)
      *before* the zero-point is computed from it.

    This is what ``torch.ao.quantization``'s MinMaxObserver computes, bit for bit, at 8 bits with its default
    ranges and below 8 bits with ``quant_min``/``quant_max`` set to ``qmin``/``qmax`` (per tensor and per channel).

    Args:
        min_val, max_val: float tensors of the same shape: 0-D for one range, 1-D for one range per channel;
            ``min_val <= max_val`` entry by entry. Not modified.
        bits: integer width, an int from 2 to 8.
        symmetric: symmetric (True) or affine (False).
        signed: signed (True) or unsigned (False) integers.

    Returns:
        ``(scale, zero_point)``: float32 and int64 tensors of ``min_val``'s shape, on its device.

    Raises:
        TypeError: if ``bits`` is not an int (a bool is not one) or ``symmetric``/``signed`` is not a bool.
        ValueError: if ``bits`` is outside 2..8, the shapes differ, or some ``min_val > max_val``.
    """
    if isinstance(bits, bool) or not isinstance(bits, int):
        raise TypeError(f"bits must be an int, got {bits!r}")
    if not 2 <= bits <= 8:
        raise ValueError(f"bits must be in 2..8, got {bits}")
    if not isinstance(symmetric, bool) or not isinstance(signed, bool):
        raise TypeError("symmetric and signed must be bools")
    if min_val.shape != max_val.shape:
        raise ValueError("min_val and max_val must have the same shape")
    if bool((min_val > max_val).any()):
        raise ValueError("min_val must not exceed max_val")
    qmin, qmax = (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if signed else (0, 2**bits - 1)
    eps = torch.finfo(torch.float32).eps
    lo = torch.clamp(min_val.float(), max=0.0)
    hi = torch.clamp(max_val.float(), min=0.0)
    if symmetric:
        scale = torch.clamp(torch.maximum(-lo, hi) / ((qmax - qmin) / 2), min=eps)
        zero_point = torch.full_like(
            scale, 0 if signed else (128 if bits == 8 else (qmin + qmax) // 2), dtype=torch.int64
        )
    else:
        scale = torch.clamp((hi - lo) / float(qmax - qmin), min=eps)
        zero_point = torch.clamp(qmin + torch.round(lo / scale).to(torch.int64), qmin, qmax)
    return scale, zero_point
