# alternative: quantizes slice by slice and stacks
def quantize_per_channel(
    w: torch.Tensor, bits: int = 8, axis: int = 0, symmetric: bool = True, signed: bool = True
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Quantize a weight tensor with one scale and zero-point per slice along ``axis``.

    For each index ``c`` of ``axis``, the range is the min and max of the slice ``w.select(axis, c)`` (over every
    other dimension); ``scale_zero_point`` turns the ranges into parameters (same rules, same eps floor) and
    ``quantize`` applies them, each channel with its own.

    Args:
        w: float tensor with at least one dimension and no empty dimension. Not modified.
        bits: integer width, an int from 2 to 8.
        axis: the channel dimension, an int in ``-w.dim() .. w.dim() - 1`` (negative counts from the end).
        symmetric: symmetric (True) or affine (False).
        signed: signed (True) or unsigned (False) integers.

    Returns:
        ``(q, scale, zero_point)``: ``q`` int32 of ``w``'s shape; ``scale`` float32 and ``zero_point`` int64, both
        1-D of length ``w.shape[axis]``.

    Raises:
        TypeError: if ``w`` is not a floating-point tensor, or ``axis`` or ``bits`` is not an int.
        ValueError: if ``w`` is 0-D or has an empty dimension, ``axis`` is out of range or ``bits`` outside 2..8.
    """
    # argument checks of the course convention (added when the convention was adopted)
    from utils.validation import validate_int as _validate_int
    from utils.validation import validate_type as _validate_type

    _validate_type("w", w, torch.Tensor)
    if not w.is_floating_point():
        raise TypeError("w must be a floating-point tensor")
    if w.dim() == 0 or w.numel() == 0:
        raise ValueError("w must have at least one dimension and no empty one")
    bits = _validate_int("bits", bits, 2, 8)
    axis = _validate_int("axis", axis, -w.dim(), w.dim() - 1)
    _validate_type("symmetric", symmetric, bool)
    _validate_type("signed", signed, bool)
    if not torch.is_floating_point(w):
        raise TypeError("w must be a float tensor")
    if w.dim() == 0 or 0 in w.shape:
        raise ValueError("w must have a dimension and no empty one")
    if type(axis) is not int:
        raise TypeError("axis must be an int")
    if axis < -w.dim() or axis >= w.dim():
        raise ValueError("axis out of range")
    qs, scales, zero_points = [], [], []
    for c in range(w.shape[axis]):
        piece = w.select(axis, c)
        s, z = scale_zero_point(piece.min(), piece.max(), bits, symmetric, signed)
        qs.append(quantize(piece, s, z, bits, signed))
        scales.append(s)
        zero_points.append(z)
    return torch.stack(qs, dim=axis), torch.stack(scales), torch.stack(zero_points)
