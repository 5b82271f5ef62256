"""Integer-only inference: int8 x int8 products summed in int32, an int32 bias, and requantization by a
fixed-point multiplier (Jacob et al., 2018), in a simplified form of what gemmlowp and TFLite do.

The simplification: we round once, ``(acc * multiplier + 2**(shift-1)) >> shift``, which rounds halves up (toward
+infinity). gemmlowp and TFLite round twice, each time half away from zero: a saturating rounding doubling high
multiply (``acc * multiplier / 2**31``), then a rounding right shift by the remaining exponent. The two differ by
one step on a few values; both need no float.

A quantized layer computes ``y = s_y (q_y - z_y)`` from ``x = s_x (q_x - z_x)`` and ``w = s_w q_w`` (symmetric
weights). Since ``y = x w^T + b``, ``q_y = z_y + (s_x s_w / s_y) * (sum (q_x - z_x) q_w + q_b)`` with
``q_b = round(b / (s_x s_w))``. The real factor ``M = s_x s_w / s_y`` is stored as an integer ``multiplier`` and a
``shift``, ``M ~ multiplier / 2**shift`` with ``2**30 <= multiplier < 2**31``, so that no float is needed.

``integer_linear`` (graded in Lab 7) is that layer. ``IntegerModel`` converts a calibrated fake-quant model from
``utils.quant.qat`` into integer steps; it calls the functions of a ``QuantOps`` (the student's own in the lab) and,
in the tests, the graded references, which do not work in the student edition.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn

from utils.quant.ops import QuantOps
from utils.quant.qat import QATLayer
from utils.quant.uniform import qrange
from utils.reference import graded_reference
from utils.validation import validate_int, validate_ndim, validate_type


def fixed_point_multiplier(m: float) -> tuple[int, int]:
    """``(multiplier, shift)`` with ``m ~ multiplier / 2**shift`` and ``2**30 <= multiplier < 2**31``; ``0 < m < 1``."""
    if not 0 < m < 1:
        raise ValueError(f"the requantization factor must be in (0, 1), got {m}")
    fraction, exponent = math.frexp(m)  # m = fraction * 2**exponent, 0.5 <= fraction < 1
    multiplier, shift = round(fraction * 2**31), 31 - exponent
    if multiplier == 2**31:  # the fraction rounded up to 1.0
        multiplier, shift = 2**30, shift - 1
    return multiplier, shift


@graded_reference("lab07", "integer_linear")
def integer_linear(
    q_x: torch.Tensor,
    x_zero_point: int,
    q_w: torch.Tensor,
    q_bias: torch.Tensor | None,
    multiplier: torch.Tensor | int,
    shift: torch.Tensor | int,
    y_zero_point: int,
    bits: int = 8,
    signed: bool = False,
) -> torch.Tensor:
    """An integer-only linear layer: integer inputs and weights in, requantized integers out, no float anywhere.

    1. ``acc = (q_x - x_zero_point) @ q_w.T``, accumulated in integers (int64 here; hardware uses int32, and our
       inputs never overflow it); then ``acc = acc + q_bias`` (broadcast over rows) when ``q_bias`` is given.
    2. Requantize with the fixed-point multiplier: ``r = (acc * multiplier + 2**(shift - 1)) >> shift``, an
       arithmetic right shift (it rounds halves up, toward +infinity: 2.5 -> 3, -2.5 -> -2).
    3. ``q_y = clamp(r + y_zero_point, qmin, qmax)`` in the ``bits``-bit range (unsigned: ``0 .. 2**bits - 1``;
       signed: ``-2**(bits-1) .. 2**(bits-1) - 1``).

    Args:
        q_x: integer tensor ``(N, in)``. Not modified.
        x_zero_point: the input's zero-point, an int.
        q_w: integer tensor ``(out, in)``, symmetric (zero-point 0). Not modified.
        q_bias: integer tensor ``(out,)`` in units of ``s_x * s_w``, or None.
        multiplier: an int, or an integer tensor ``(out,)`` (one per output channel), in ``[2**30, 2**31)``
            (a precondition, not checked).
        shift: an int >= 1, or an integer tensor ``(out,)`` of them (not checked either).
        y_zero_point: the output's zero-point, an int.
        bits, signed: the output's integer format.

    Returns:
        An int32 tensor ``(N, out)``.

    Raises (arguments validated in signature order, see Conventions):
        TypeError: if ``q_x``, ``q_w`` or ``q_bias`` is not an integer tensor, ``x_zero_point``,
            ``y_zero_point`` or ``bits`` is not an int, ``multiplier``/``shift`` is neither an int nor an integer
            tensor, or ``signed`` is not a bool.
        ValueError: if ``q_x`` is not 2-D, ``q_w`` is not 2-D or its ``in`` size differs from ``q_x``'s (checked
            with ``q_w``), or ``bits`` is outside 2..8.
    """
    _check_integer_tensor("q_x", q_x)
    validate_ndim("q_x", q_x, 2, "(N, in)")
    x_zero_point = validate_int("x_zero_point", x_zero_point)
    _check_integer_tensor("q_w", q_w)
    if q_w.dim() != 2 or q_w.shape[1] != q_x.shape[1]:
        raise ValueError(f"q_x (N, in) and q_w (out, in) do not match: {tuple(q_x.shape)} and {tuple(q_w.shape)}")
    if q_bias is not None:
        _check_integer_tensor("q_bias", q_bias)
    for name, value in (("multiplier", multiplier), ("shift", shift)):
        if isinstance(value, torch.Tensor):
            _check_integer_tensor(name, value)
        else:
            validate_int(name, value)
    y_zero_point = validate_int("y_zero_point", y_zero_point)
    qmin, qmax = qrange(bits, signed)
    acc = (q_x.to(torch.int64) - x_zero_point) @ q_w.to(torch.int64).T
    if q_bias is not None:
        acc = acc + q_bias.to(torch.int64)
    multiplier = torch.as_tensor(multiplier, dtype=torch.int64)
    shift = torch.as_tensor(shift, dtype=torch.int64)
    rounded = (acc * multiplier + (1 << (shift - 1))) >> shift
    return torch.clamp(rounded + y_zero_point, qmin, qmax).to(torch.int32)


def _check_integer_tensor(name: str, value: object) -> None:
    validate_type(name, value, torch.Tensor)
    if value.is_floating_point() or value.is_complex() or value.dtype == torch.bool:
        raise TypeError(f"{name} must be an integer tensor, got {value.dtype}")


def _check_integer_tensor(name: str, value: object) -> None:
    validate_type(name, value, torch.Tensor)
    if value.is_floating_point() or value.is_complex() or value.dtype == torch.bool:
        raise TypeError(f"{name} must be an integer tensor, got {value.dtype}")


class IntegerLayer(nn.Module):
    """One Linear or Conv2d of a calibrated ``QATLayer``, run in integers from its input to the next layer's input.

    Args:
        qat: the calibrated layer (its input quantizer gives ``s_x, z_x``).
        y_scale, y_zero_point: the quantization of this layer's output (the next layer's input, or ``qat.out``).
        ops: the functions to use (``integer_linear`` and ``quantize`` among them).
    """

    def __init__(self, qat: QATLayer, y_scale: torch.Tensor, y_zero_point: torch.Tensor, ops: QuantOps) -> None:
        super().__init__()
        if qat.act is None:
            raise ValueError("integer-only inference needs quantized inputs (act_bits)")
        self.ops, self.layer = ops, qat.layer
        x_scale, x_zero_point = qat.act.qparams()
        w_scale, w_zero_point = qat.weight_qparams()
        self.x_zero_point, self.y_zero_point = int(x_zero_point), int(y_zero_point)
        self.q_w = ops.quantize(qat.layer.weight.detach(), w_scale, w_zero_point, qat.weight_bits, True)
        self.q_w = self.q_w.reshape(self.q_w.shape[0], -1)
        product = (x_scale.double() * w_scale.double().flatten()).expand(self.q_w.shape[0])
        bias = qat.layer.bias
        self.q_bias = None if bias is None else torch.round(bias.detach().double() / product).to(torch.int64)
        pairs = [fixed_point_multiplier(float(m)) for m in product / float(y_scale)]
        self.multiplier = torch.tensor([p[0] for p in pairs], dtype=torch.int64)
        self.shift = torch.tensor([p[1] for p in pairs], dtype=torch.int64)

    def forward(self, q: torch.Tensor) -> torch.Tensor:
        def linear(rows: torch.Tensor) -> torch.Tensor:
            return self.ops.integer_linear(
                rows, self.x_zero_point, self.q_w, self.q_bias, self.multiplier, self.shift, self.y_zero_point, 8, False
            )

        if isinstance(self.layer, nn.Linear):
            return linear(q)
        conv = self.layer
        if conv.groups != 1 or conv.dilation != (1, 1) or isinstance(conv.padding, str):
            raise ValueError("integer Conv2d supports groups=1, dilation=1 and numeric padding")
        ph, pw = conv.padding
        padded = F.pad(q, (pw, pw, ph, ph), value=self.x_zero_point)  # padding is the real 0, i.e. the zero-point
        cols = F.unfold(padded.double(), conv.kernel_size, stride=conv.stride)  # integers, exact in float64
        n, _, length = cols.shape
        out = linear(cols.transpose(1, 2).reshape(n * length, -1).to(torch.int64))
        height = (padded.shape[2] - conv.kernel_size[0]) // conv.stride[0] + 1
        return out.reshape(n, length, -1).transpose(1, 2).reshape(n, -1, height, length // height)


class IntegerModel(nn.Module):
    """A calibrated fake-quant ``nn.Sequential`` run in integers: float in, quantize once, integer layers, ReLU as
    ``max(q, zero_point)``, max-pooling and flattening on integers, dequantize once at the end.

    The sequence may hold ``QATLayer`` (the last with an output quantizer: ``prepare_qat(quantize_output=True)``),
    ReLU, MaxPool2d, Flatten and Identity (what ``fold_batchnorm`` leaves): the steps that commute with
    quantization.
    """

    def __init__(self, qat_model: nn.Sequential, ops: QuantOps) -> None:
        super().__init__()
        modules = [m for m in qat_model if not isinstance(m, nn.Identity)]
        layers = [m for m in modules if isinstance(m, QATLayer)]
        if not layers or layers[-1].out is None:
            raise ValueError("the last QATLayer needs an output quantizer: prepare_qat(..., quantize_output=True)")
        if any(layer.act is None for layer in layers):
            raise ValueError("integer-only inference needs quantized inputs: prepare_qat with act_bits=8")
        self.ops = ops
        self.x_scale, self.x_zero_point = layers[0].act.qparams()
        outputs = [layer.act.qparams() for layer in layers[1:]] + [layers[-1].out.qparams()]
        self.y_scale, self.y_zero_point = outputs[-1]
        steps, zero_point, index = [], int(self.x_zero_point), 0
        for module in modules:
            if isinstance(module, QATLayer):
                steps.append(IntegerLayer(module, *outputs[index], ops))
                zero_point = int(outputs[index][1])
                index += 1
            elif isinstance(module, nn.ReLU):
                steps.append(_ClampBelow(zero_point))
            elif isinstance(module, (nn.MaxPool2d, nn.Flatten)):
                steps.append(module)
            else:
                raise ValueError(f"integer-only inference does not support {type(module).__name__}")
        self.steps = nn.ModuleList(steps)

    def integer_forward(self, x: torch.Tensor) -> torch.Tensor:
        """The quantized output (int32), computed from the float input with integers only after the first step."""
        q = self.ops.quantize(x, self.x_scale, self.x_zero_point, 8, False)
        for step in self.steps:
            q = step(q.double()).round().to(torch.int32) if isinstance(step, nn.MaxPool2d) else step(q)
        return q

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return (self.integer_forward(x).double() - float(self.y_zero_point)).float() * self.y_scale


class _ClampBelow(nn.Module):
    """ReLU on quantized values: the real 0 is the zero-point."""

    def __init__(self, zero_point: int) -> None:
        super().__init__()
        self.zero_point = zero_point

    def forward(self, q: torch.Tensor) -> torch.Tensor:
        return torch.clamp(q, min=self.zero_point)
