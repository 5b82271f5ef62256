"""Fake quantization: quantize and dequantize in float, so that a network trains with its quantization error.

``fake_quantize`` (graded in Lab 7) rounds in the forward pass and, in the backward pass, uses a straight-through
estimator (STE): rounding's true derivative is 0 almost everywhere, so the STE passes the gradient through as if
rounding were the identity. The *clipped* STE (torch's ``FakeQuantize`` and ``fake_quantize_per_tensor_affine``)
passes it only where ``round(x / scale) + zero_point`` lies inside ``[qmin, qmax]`` and blocks it where the value was
clamped; the *plain* STE passes it everywhere.

``FakeQuantize`` is a module: an observer that calibrates a range, then ``fake_quantize`` with the scale and
zero-point of that range. It computes with the functions of a ``QuantOps``: the student's own in the lab, which
works in the student edition (the graded references do not).
"""

from __future__ import annotations

import numbers

import torch
from torch import nn

from utils.quant.observers import MinMaxObserver, make_observer
from utils.quant.ops import QuantOps
from utils.quant.uniform import qrange
from utils.reference import graded_reference
from utils.validation import validate_type


@graded_reference("lab07", "fake_quantize")
def fake_quantize(
    x: torch.Tensor,
    scale: torch.Tensor | float,
    zero_point: torch.Tensor | int,
    bits: int = 8,
    signed: bool = True,
    clipped: bool = True,
) -> torch.Tensor:
    """Quantize and dequantize ``x`` in one differentiable step, with a straight-through estimator.

    Forward: ``q = clamp(round(x / scale) + zero_point, qmin, qmax)`` (``torch.round``, halves to even, applied
    before the zero-point is added; ``x / scale`` a true division as in ``quantize``), and the
    result is ``(q - zero_point) * scale``, in ``x``'s dtype. Backward (implement it with a subclass of
    ``torch.autograd.Function``, since rounding's own gradient is 0): the gradient with respect to ``x`` is the
    incoming gradient where ``qmin <= round(x / scale) + zero_point <= qmax`` and 0 where the value was clamped
    (``clipped=True``, what torch's FakeQuantize does), or the incoming gradient everywhere (``clipped=False``, the
    plain STE). ``scale`` and ``zero_point`` get no gradient.

    Args:
        x: float tensor of any shape. Not modified.
        scale: a positive real number or a float tensor that broadcasts against ``x``.
        zero_point: an int or an integer tensor that broadcasts against ``x``.
        bits: integer width, an int from 2 to 8; signed: signed or unsigned integers.
        clipped: clipped STE (True) or plain STE (False).

    Returns:
        A tensor of ``x``'s shape and dtype that is part of the autograd graph when ``x`` requires grad.

    Raises (arguments validated in signature order, see Conventions):
        TypeError: if ``x`` is not a floating-point tensor, ``scale`` is not a real number or a tensor,
            ``zero_point`` is not an int or a tensor, ``bits`` is not an int, or ``signed``/``clipped`` is not a bool.
        ValueError: if ``bits`` is outside 2..8.
    """
    validate_type("x", x, torch.Tensor)
    if not x.is_floating_point():
        raise TypeError(f"x must be a floating-point tensor, got {x.dtype}")
    validate_type("scale", scale, (numbers.Real, torch.Tensor))
    validate_type("zero_point", zero_point, (numbers.Integral, torch.Tensor))
    qmin, qmax = qrange(bits, signed)
    validate_type("clipped", clipped, bool)
    scale = scale if isinstance(scale, torch.Tensor) else float(scale)  # numpy scalars become Python numbers
    zero_point = zero_point if isinstance(zero_point, torch.Tensor) else int(zero_point)

    class RoundWithSTE(torch.autograd.Function):
        @staticmethod
        def forward(ctx, values):
            q = torch.round(values / scale) + zero_point
            ctx.save_for_backward((q >= qmin) & (q <= qmax))
            return ((torch.clamp(q, qmin, qmax) - zero_point) * scale).to(values.dtype)

        @staticmethod
        def backward(ctx, grad):
            (inside,) = ctx.saved_tensors
            return grad * inside if clipped else grad

    return RoundWithSTE.apply(x)


class FakeQuantize(nn.Module):
    """Observe one range per tensor while calibrating, then fake-quantize with its scale and zero-point.

    Args:
        ops: the functions to use (``QuantOps``).
        bits, symmetric, signed: the integer format.
        observer: ``"minmax"``, ``"moving_average"``, ``"percentile"`` or ``"mse"``, or an observer module.
        clipped: clipped or plain straight-through estimator.
    """

    def __init__(
        self,
        ops: QuantOps,
        bits: int = 8,
        symmetric: bool = False,
        signed: bool = False,
        observer: str | nn.Module = "minmax",
        clipped: bool = True,
    ) -> None:
        super().__init__()
        self.ops, self.bits, self.symmetric, self.signed, self.clipped = ops, bits, symmetric, signed, clipped
        if isinstance(observer, nn.Module):
            self.observer = observer
        elif observer == "minmax":
            self.observer = MinMaxObserver(None, ops.scale_zero_point, ops.observe_min_max)
        elif observer == "mse":
            self.observer = make_observer("mse", None, qparams=ops.scale_zero_point, fake_quantize=self._roundtrip)
        else:
            self.observer = make_observer(observer, None, qparams=ops.scale_zero_point)
        self.observing = True  # calibrate: update the range on every batch
        self.quantizing = True

    def _roundtrip(self, x: torch.Tensor, lo: torch.Tensor, hi: torch.Tensor) -> torch.Tensor:
        scale, zero_point = self.ops.scale_zero_point(lo, hi, self.bits, self.symmetric, self.signed)
        return self.ops.fake_quantize(x, scale, zero_point, self.bits, self.signed)

    def qparams(self) -> tuple[torch.Tensor, torch.Tensor]:
        """``(scale, zero_point)`` of the observed range: 0-D tensors (one range per tensor)."""
        return self.ops.scale_zero_point(*self.observer.range(), self.bits, self.symmetric, self.signed)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.observing:
            self.observer(x)
        if not self.quantizing:
            return x
        scale, zero_point = self.qparams()
        return self.ops.fake_quantize(x, scale, zero_point, self.bits, self.signed, self.clipped)
