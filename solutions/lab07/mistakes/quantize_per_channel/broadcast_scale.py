# mistake: returns the scales in their broadcast shape
# expect: length w.shape[axis]
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
    if not w.is_floating_point():
        raise TypeError(f"w must be a floating-point tensor, got {w.dtype}")
    if w.dim() == 0 or w.numel() == 0:
        raise ValueError(f"w must have at least one dimension and no empty one, got shape {tuple(w.shape)}")
    if isinstance(axis, bool) or not isinstance(axis, int):
        raise TypeError(f"axis must be an int, got {axis!r}")
    if not -w.dim() <= axis < w.dim():
        raise ValueError(f"axis {axis} is out of range for {w.dim()} dimensions")
    axis = axis % w.dim()
    rows = w.movedim(axis, 0).reshape(w.shape[axis], -1)
    scale, zero_point = scale_zero_point(rows.amin(1), rows.amax(1), bits, symmetric, signed)
    shape = [1] * w.dim()
    shape[axis] = -1
    return (
        quantize(w, scale.view(shape), zero_point.view(shape), bits, signed),
        scale.view(shape),
        zero_point.view(shape),
    )
