# alternative: NumPy's round (halves to even) and clip
import numpy as np


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
    if type(bits) is not int:
        raise TypeError("bits must be an int")
    if not 2 <= bits <= 8:
        raise ValueError("bits must be in 2..8")
    if not torch.is_floating_point(x):
        raise TypeError("x must be a float tensor")
    qmin = -(2 ** (bits - 1)) if signed else 0
    qmax = qmin + 2**bits - 1
    s = torch.as_tensor(scale).numpy()
    z = torch.as_tensor(zero_point).numpy()
    q = np.clip(np.round(x.numpy() / s) + z, qmin, qmax)
    return torch.from_numpy(np.asarray(q)).to(torch.int32)
