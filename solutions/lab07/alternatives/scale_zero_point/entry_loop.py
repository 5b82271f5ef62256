# alternative: a Python loop over the ranges, one 0-D computation each
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
    # argument checks of the course convention (added when the convention was adopted)
    from utils.validation import validate_int as _validate_int
    from utils.validation import validate_type as _validate_type

    _validate_type("min_val", min_val, torch.Tensor)
    _validate_type("max_val", max_val, torch.Tensor)
    if min_val.shape != max_val.shape or bool((min_val > max_val).any()):
        raise ValueError("min_val and max_val must have one shape and min_val <= max_val")
    bits = _validate_int("bits", bits, 2, 8)
    _validate_type("symmetric", symmetric, bool)
    _validate_type("signed", signed, bool)
    if isinstance(bits, bool) or not isinstance(bits, int):
        raise TypeError("bits must be an int")
    if not 2 <= bits <= 8:
        raise ValueError("bits must be in 2..8")
    if not isinstance(symmetric, bool) or not isinstance(signed, bool):
        raise TypeError("symmetric and signed must be bools")
    if min_val.shape != max_val.shape or bool((min_val > max_val).any()):
        raise ValueError("bad range")
    qmin = -(2 ** (bits - 1)) if signed else 0
    qmax = qmin + 2**bits - 1
    eps = torch.tensor(torch.finfo(torch.float32).eps)
    scales, zero_points = [], []
    for a, b in zip(min_val.reshape(-1).float(), max_val.reshape(-1).float()):
        lo, hi = torch.minimum(a, torch.tensor(0.0)), torch.maximum(b, torch.tensor(0.0))
        if symmetric:
            s = torch.maximum(torch.maximum(-lo, hi) / torch.tensor((qmax - qmin) / 2), eps)
            z = 0 if signed else (128 if bits == 8 else (qmin + qmax) // 2)
        else:
            s = torch.maximum((hi - lo) / torch.tensor(float(qmax - qmin)), eps)
            z = min(max(qmin - int(torch.round(lo / s)), qmin), qmax)
        scales.append(s)
        zero_points.append(z)
    scale = torch.stack(scales).reshape(min_val.shape) if scales else torch.empty(min_val.shape)
    return scale, torch.tensor(zero_points, dtype=torch.int64).reshape(min_val.shape)
