# mistake: computes q * scale - zero_point
# expect: q * scale - zero_point
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
    if q.is_floating_point() or q.is_complex() or q.dtype == torch.bool:
        raise TypeError(f"q must be an integer tensor, got {q.dtype}")
    return q.to(torch.float32) * torch.as_tensor(scale, dtype=torch.float32) - zero_point
