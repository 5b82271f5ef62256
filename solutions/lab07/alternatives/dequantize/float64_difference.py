# alternative: subtracts in float64 (exact for these integers), then float32
def dequantize(q: torch.Tensor, scale: torch.Tensor | float, zero_point: torch.Tensor | int) -> torch.Tensor:
    """Map integers back to reals: ``(q - zero_point) * scale``, in float32.

    The subtraction is done in integers (no rounding), then the difference is converted to float32 and multiplied
    by the scale (a float32 product, even if ``scale`` is a Python float).

    Args:
        q: an integer tensor of any shape (int8, uint8, int32 or int64). Not modified.
        scale: a float or a float tensor that broadcasts against ``q``.
        zero_point: an int or an integer tensor that broadcasts against ``q``.

    Returns:
        A float32 tensor of the broadcast shape, on ``q``'s device.

    Raises:
        TypeError: if ``q`` is not an integer tensor (a float or bool tensor is not one).
    """
    # argument checks of the course convention (added when the convention was adopted)
    import numbers as _numbers

    from utils.validation import validate_type as _validate_type

    _validate_type("q", q, torch.Tensor)
    if q.is_floating_point() or q.is_complex() or q.dtype == torch.bool:
        raise TypeError("q must be an integer tensor")
    _validate_type("scale", scale, (_numbers.Real, torch.Tensor))
    _validate_type("zero_point", zero_point, (_numbers.Integral, torch.Tensor))
    scale = scale if isinstance(scale, torch.Tensor) else float(scale)
    zero_point = zero_point if isinstance(zero_point, torch.Tensor) else int(zero_point)
    if q.dtype not in (torch.int8, torch.uint8, torch.int16, torch.int32, torch.int64):
        raise TypeError("q must be an integer tensor")
    difference = q.double() - torch.as_tensor(zero_point).double()
    return difference.float() * torch.as_tensor(scale).float()
