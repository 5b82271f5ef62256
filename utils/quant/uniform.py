"""Uniform (linear) quantization: scale and zero-point, quantize, dequantize, per tensor, per channel, per group.

A ``bits``-bit integer takes the values ``qmin..qmax``: ``-2**(bits-1) .. 2**(bits-1) - 1`` when signed,
``0 .. 2**bits - 1`` when unsigned. A real value ``x`` is stored as ``q = clamp(round(x / scale) + zero_point,
qmin, qmax)`` and read back as ``(q - zero_point) * scale``; ``round`` is ``torch.round``, which rounds halves to
even. Symmetric quantization fixes the zero-point at the middle of the range (0 when signed), affine quantization
chooses it so that the observed range ``[min, max]`` (stretched to include 0) fills ``qmin..qmax``.
``scale_zero_point`` computes exactly what ``torch.ao.quantization``'s MinMaxObserver and PerChannelMinMaxObserver
compute from the same range (``tests/test_quant.py`` proves it for qint8 and quint8, symmetric and affine).

``quantize_per_group`` and ``fake_quantize_weight`` call the graded functions, so they do not work in the
student edition (where those are left for students to write).
"""

from __future__ import annotations

import numbers

import torch

from utils.reference import graded_reference
from utils.validation import validate_choice, validate_int, validate_ndim, validate_type

EPS = torch.finfo(torch.float32).eps  # torch.ao's observers floor every scale at this value
GRANULARITIES: tuple[str, ...] = ("tensor", "channel", "group")


def qrange(bits: int, signed: bool) -> tuple[int, int]:
    """``(qmin, qmax)`` of a ``bits``-bit integer, ``2 <= bits <= 8``: signed two's complement or unsigned."""
    bits = validate_int("bits", bits, 2, 8)
    validate_type("signed", signed, bool)
    return (-(2 ** (bits - 1)), 2 ** (bits - 1) - 1) if signed else (0, 2**bits - 1)


@graded_reference("lab07", "scale_zero_point")
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
        ``(scale, zero_point)``: float32 and int64 tensors of ``min_val``'s shape.

    Raises (arguments validated in signature order, see Conventions):
        TypeError: if ``min_val`` or ``max_val`` is not a tensor, ``bits`` is not an int (a bool is not one) or
            ``symmetric``/``signed`` is not a bool.
        ValueError: if the shapes differ or some ``min_val > max_val`` (checked right after ``max_val``), or
            ``bits`` is outside 2..8.
    """
    validate_type("min_val", min_val, torch.Tensor)
    validate_type("max_val", max_val, torch.Tensor)
    if min_val.shape != max_val.shape:
        raise ValueError(
            f"min_val and max_val must have one shape, got {tuple(min_val.shape)} and {tuple(max_val.shape)}"
        )
    if bool((min_val > max_val).any()):
        raise ValueError("min_val must not exceed max_val")
    bits = validate_int("bits", bits, 2, 8)
    validate_type("symmetric", symmetric, bool)
    qmin, qmax = qrange(bits, signed)
    lo = torch.clamp(min_val.float(), max=0.0)
    hi = torch.clamp(max_val.float(), min=0.0)
    if symmetric:
        scale = torch.clamp(torch.maximum(-lo, hi) / ((qmax - qmin) / 2), min=EPS)
        middle = 0 if signed else (128 if bits == 8 else (qmin + qmax) // 2)
        zero_point = torch.full_like(scale, middle, dtype=torch.int64)
    else:
        scale = torch.clamp((hi - lo) / float(qmax - qmin), min=EPS)
        zero_point = torch.clamp(qmin - torch.round(lo / scale).to(torch.int64), qmin, qmax)
    return scale, zero_point


@graded_reference("lab07", "quantize")
def quantize(
    x: torch.Tensor, scale: torch.Tensor | float, zero_point: torch.Tensor | int, bits: int = 8, signed: bool = True
) -> torch.Tensor:
    """Quantize ``x``: ``q = clamp(round(x / scale) + zero_point, qmin, qmax)``.

    ``round`` is ``torch.round`` (halves to even: 0.5 -> 0, 1.5 -> 2, -2.5 -> -2); it is applied to ``x / scale``
    *before* the zero-point is added, and the clamp comes last. ``x / scale`` is a true division, computed as torch
    computes ``x / scale`` (a number ``scale`` is used in ``x``'s dtype: no float64 detour for a float32 ``x``,
    which would move values that float32 puts exactly on a half). Torch's kernels
    (``quantize_per_tensor``, ``fake_quantize_per_tensor_affine``) multiply by the float32 inverse ``1 / scale``
    instead, which lands one step away when ``x / scale`` is within a rounding error of a half (``x = -12.15``,
    ``scale = 0.1`` gives -121 here and -122 in torch); with a power-of-two scale the two agree bit for bit.
    ``qmin..qmax`` is the ``bits``-bit range (signed: ``-2**(bits-1) .. 2**(bits-1) - 1``; unsigned:
    ``0 .. 2**bits - 1``).

    Args:
        x: float tensor of any shape (may be empty). Not modified.
        scale: a positive real number or a float tensor that broadcasts against ``x`` (per-channel scales arrive
            already shaped for broadcasting, e.g. ``(C, 1)``).
        zero_point: an int or an integer tensor that broadcasts against ``x`` (it may broadcast ``x`` wider).
        bits: integer width, an int from 2 to 8.
        signed: signed (True) or unsigned (False) integers.

    Returns:
        An int32 tensor of the broadcast shape of ``x``, ``scale`` and ``zero_point``, on ``x``'s device.

    Raises (arguments validated in signature order, see Conventions):
        TypeError: if ``x`` is not a floating-point tensor, ``scale`` is not a real number or a tensor,
            ``zero_point`` is not an int or a tensor, ``bits`` is not an int or ``signed`` is not a bool.
        ValueError: if ``bits`` is outside 2..8.
    """
    validate_type("x", x, torch.Tensor)
    if not x.is_floating_point():
        raise TypeError(f"x must be a floating-point tensor, got {x.dtype}")
    validate_type("scale", scale, (numbers.Real, torch.Tensor))
    validate_type("zero_point", zero_point, (numbers.Integral, torch.Tensor))
    qmin, qmax = qrange(bits, signed)
    scale = scale if isinstance(scale, torch.Tensor) else float(scale)  # numpy scalars become Python numbers
    zero_point = zero_point if isinstance(zero_point, torch.Tensor) else int(zero_point)
    return torch.clamp(torch.round(x / scale) + zero_point, qmin, qmax).to(torch.int32)


@graded_reference("lab07", "dequantize")
def dequantize(q: torch.Tensor, scale: torch.Tensor | float, zero_point: torch.Tensor | int) -> torch.Tensor:
    """Map integers back to reals: ``(q - zero_point) * scale``, in float32.

    The subtraction is done in integers (no rounding), then the difference is converted to float32 and multiplied
    by the scale (a float32 product, even if ``scale`` is a Python float).

    Args:
        q: an integer tensor of any shape (int8, uint8, int32 or int64). Not modified.
        scale: a real number or a float32 tensor that broadcasts against ``q``.
        zero_point: an int or an integer tensor that broadcasts against ``q``.

    Returns:
        A float32 tensor of the broadcast shape, on ``q``'s device.

    Raises (arguments validated in signature order, see Conventions):
        TypeError: if ``q`` is not an integer tensor (a float or bool tensor is not one), ``scale`` is not a real
            number or a tensor, or ``zero_point`` is not an int or a tensor.
    """
    validate_type("q", q, torch.Tensor)
    if q.is_floating_point() or q.is_complex() or q.dtype == torch.bool:
        raise TypeError(f"q must be an integer tensor, got {q.dtype}")
    validate_type("scale", scale, (numbers.Real, torch.Tensor))
    validate_type("zero_point", zero_point, (numbers.Integral, torch.Tensor))
    zero_point = zero_point if isinstance(zero_point, torch.Tensor) else int(zero_point)
    return (q.to(torch.int64) - zero_point).to(torch.float32) * torch.as_tensor(scale, dtype=torch.float32)


def channel_shape(x: torch.Tensor, axis: int) -> list[int]:
    """The shape that broadcasts one value per index of ``axis`` against ``x``: ``[1, .., C, .., 1]``."""
    shape = [1] * x.dim()
    shape[axis] = x.shape[axis]
    return shape


@graded_reference("lab07", "quantize_per_channel")
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

    Raises (arguments validated in signature order, see Conventions):
        TypeError: if ``w`` is not a floating-point tensor, ``bits`` or ``axis`` is not an int, or
            ``symmetric``/``signed`` is not a bool.
        ValueError: if ``w`` is 0-D or has an empty dimension, ``bits`` is outside 2..8 or ``axis`` is out of range.
    """
    validate_type("w", w, torch.Tensor)
    if not w.is_floating_point():
        raise TypeError(f"w must be a floating-point tensor, got {w.dtype}")
    if w.dim() == 0 or w.numel() == 0:
        raise ValueError(f"w must have at least one dimension and no empty one, got shape {tuple(w.shape)}")
    bits = validate_int("bits", bits, 2, 8)
    axis = validate_int("axis", axis, -w.dim(), w.dim() - 1) % w.dim()
    validate_type("symmetric", symmetric, bool)
    validate_type("signed", signed, bool)
    rows = w.movedim(axis, 0).reshape(w.shape[axis], -1)
    scale, zero_point = scale_zero_point(rows.amin(1), rows.amax(1), bits, symmetric, signed)
    shape = channel_shape(w, axis)
    return quantize(w, scale.view(shape), zero_point.view(shape), bits, signed), scale, zero_point


def quantize_per_group(
    w: torch.Tensor, bits: int = 4, group_size: int = 64, symmetric: bool = True, signed: bool = True
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Quantize a 2-D weight ``(out, in)`` with one scale and zero-point per ``group_size`` consecutive inputs of a row.

    Returns ``(q, scale, zero_point)``: ``q`` int32 of ``w``'s shape; ``scale``/``zero_point`` of shape
    ``(out, in // group_size)``. ``in`` must be a multiple of ``group_size`` (GPTQ and AWQ use 128).
    """
    validate_type("w", w, torch.Tensor)
    validate_ndim("w", w, 2, "(out, in)")
    size = validate_int("group_size", group_size, 1)
    if w.shape[1] % size:
        raise ValueError(f"the {w.shape[1]} inputs per row do not split into groups of {size}")
    groups = w.reshape(w.shape[0], -1, size)
    q, scale, zero_point = quantize_per_channel(groups.reshape(-1, size), bits, 0, symmetric, signed)
    shape = (w.shape[0], w.shape[1] // size)
    return q.reshape(w.shape), scale.reshape(shape), zero_point.reshape(shape)


def fake_quantize_weight(
    w: torch.Tensor, bits: int, granularity: str = "channel", symmetric: bool = True, group_size: int = 64
) -> torch.Tensor:
    """``w`` quantized and dequantized (signed), per tensor, per output channel (axis 0) or per group of inputs."""
    validate_choice("granularity", granularity, GRANULARITIES)
    if granularity == "tensor":
        scale, zero_point = scale_zero_point(w.min(), w.max(), bits, symmetric, True)
        return dequantize(quantize(w, scale, zero_point, bits, True), scale, zero_point)
    if granularity == "channel":
        q, scale, zero_point = quantize_per_channel(w, bits, 0, symmetric, True)
        shape = channel_shape(w, 0)
        return dequantize(q, scale.view(shape), zero_point.view(shape))
    flat = w.reshape(w.shape[0], -1)
    q, scale, zero_point = quantize_per_group(flat, bits, group_size, symmetric, True)
    groups = (q.shape[0], scale.shape[1], group_size)
    values = dequantize(q.reshape(groups), scale.unsqueeze(-1), zero_point.unsqueeze(-1))
    return values.reshape(w.shape)
