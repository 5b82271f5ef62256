"""Quantization-aware training: Linear and Conv2d layers that compute with fake-quantized weights and inputs.

``prepare_qat`` returns a copy of a model whose Linear and Conv2d layers are ``QATLayer``s: each fake-quantizes its
weight (signed symmetric, per output channel or per tensor, its range taken from the current weight at every step,
as torch's default QAT weight observer does) and its input (unsigned affine, one range per tensor from an observer
calibrated on data). ``calibrate`` runs data through it to set the input ranges; training then proceeds as usual,
the straight-through estimator carrying gradients through the rounding. The same model, never trained, is
post-training quantization (PTQ).

``fold_batchnorm`` folds each BatchNorm2d into the Conv2d before it, with torch's ``fuse_conv_bn_eval`` (Lab 3
derives the folding), so that inference quantizes one conv instead of a conv and a BatchNorm.

The layers compute with the functions of a ``QuantOps``: the student's own in the lab notebook. With the
graded references (the tests) they do not work in the student edition.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable

import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils.fusion import fuse_conv_bn_eval

from utils.quant.fake_quant import FakeQuantize
from utils.quant.ops import QuantOps
from utils.validation import validate_int, validate_type

QUANTIZABLE = (nn.Linear, nn.Conv2d)


class QATLayer(nn.Module):
    """A Linear or Conv2d (``layer``, kept as a submodule with its parameters) that computes fake-quantized.

    Args:
        layer: the float layer; its weight and bias are trained in place.
        ops: the quantization functions.
        weight_bits: bits of the weight (signed, symmetric).
        act_bits: bits of the input (unsigned, affine), or None to leave inputs in float (weight-only).
        per_channel: one weight scale per output channel (True) or one per tensor (False).
        observer: the input observer's kind (see ``utils.quant.observers``).
        clipped: clipped or plain straight-through estimator.
    """

    def __init__(
        self,
        layer: nn.Module,
        ops: QuantOps,
        weight_bits: int = 8,
        act_bits: int | None = 8,
        per_channel: bool = True,
        observer: str = "minmax",
        clipped: bool = True,
    ) -> None:
        super().__init__()
        validate_type("layer", layer, QUANTIZABLE)
        self.layer, self.ops = layer, ops
        self.weight_bits = validate_int("weight_bits", weight_bits, 2, 8)
        self.per_channel, self.clipped = per_channel, clipped
        self.act = None if act_bits is None else FakeQuantize(ops, act_bits, observer=observer, clipped=clipped)
        self.out: FakeQuantize | None = None  # an output quantizer, for the last layer of an integer-only model

    def weight_qparams(self) -> tuple[torch.Tensor, torch.Tensor]:
        """``(scale, zero_point)`` of the current weight, shaped to broadcast against it."""
        w = self.layer.weight.detach()
        lo, hi = self.ops.observe_min_max(w, None, None, 0 if self.per_channel else None)
        scale, zero_point = self.ops.scale_zero_point(lo, hi, self.weight_bits, True, True)
        shape = [-1] + [1] * (w.dim() - 1)
        return scale.reshape(shape) if self.per_channel else scale, zero_point.reshape(
            shape
        ) if self.per_channel else zero_point

    def quantized_weight(self) -> torch.Tensor:
        scale, zero_point = self.weight_qparams()
        return self.ops.fake_quantize(self.layer.weight, scale, zero_point, self.weight_bits, True, self.clipped)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.act is not None:
            x = self.act(x)
        w = self.quantized_weight()
        if isinstance(self.layer, nn.Linear):
            y = F.linear(x, w, self.layer.bias)
        else:
            y = self.layer._conv_forward(x, w, self.layer.bias)
        return y if self.out is None else self.out(y)


def prepare_qat(
    model: nn.Module,
    ops: QuantOps,
    weight_bits: int = 8,
    act_bits: int | None = 8,
    per_channel: bool = True,
    observer: str = "minmax",
    clipped: bool = True,
    quantize_output: bool = False,
) -> nn.Module:
    """A copy of ``model`` with every Linear and Conv2d replaced by a ``QATLayer`` (``model`` is not modified).

    With ``quantize_output`` the last of them also fake-quantizes its output (8-bit unsigned affine), which an
    integer-only model needs to know the scale of its result.
    """
    validate_type("model", model, nn.Module)
    model = copy.deepcopy(model)
    options = dict(weight_bits=weight_bits, act_bits=act_bits, per_channel=per_channel, observer=observer)
    _swap(model, ops, {**options, "clipped": clipped})
    if quantize_output:
        layers = qat_layers(model)
        if not layers:
            raise ValueError("the model has no Linear or Conv2d layer")
        layers[-1].out = FakeQuantize(ops, 8, observer="minmax", clipped=clipped)
    return model


def _swap(module: nn.Module, ops: QuantOps, options: dict) -> None:
    for name, child in module.named_children():
        if isinstance(child, QUANTIZABLE):
            setattr(module, name, QATLayer(child, ops, **options))
        else:
            _swap(child, ops, options)


def qat_layers(model: nn.Module) -> list[QATLayer]:
    """The model's ``QATLayer``s in ``modules()`` order."""
    return [m for m in model.modules() if isinstance(m, QATLayer)]


def _quantizers(model: nn.Module) -> list[FakeQuantize]:
    return [m for m in model.modules() if isinstance(m, FakeQuantize)]


def set_observing(model: nn.Module, observing: bool) -> None:
    """Turn range updates on (calibration) or off (frozen ranges) in every input and output quantizer."""
    for quantizer in _quantizers(model):
        quantizer.observing = observing


@torch.no_grad()
def calibrate(model: nn.Module, batches: Iterable[torch.Tensor]) -> nn.Module:
    """Run ``batches`` (input tensors) through ``model`` in eval mode with observers on and quantization off, then
    freeze the ranges and turn quantization on. Returns ``model``."""
    was_training = model.training
    model.eval()
    for quantizer in _quantizers(model):
        quantizer.observing, quantizer.quantizing = True, False
    for x in batches:
        model(x)
    for quantizer in _quantizers(model):
        quantizer.observing, quantizer.quantizing = False, True
    model.train(was_training)
    return model


def fold_batchnorm(model: nn.Module) -> nn.Module:
    """A copy of ``model`` in eval mode where each Conv2d directly followed by a BatchNorm2d (consecutive children
    of one container) absorbs it; the BatchNorm becomes an ``nn.Identity``. ``model`` is not modified."""
    validate_type("model", model, nn.Module)
    folded = copy.deepcopy(model).eval()
    _fold(folded)
    return folded


def _fold(module: nn.Module) -> None:
    children = list(module.named_children())
    for (name, child), (next_name, following) in zip(children, children[1:], strict=False):
        if isinstance(child, nn.Conv2d) and isinstance(following, nn.BatchNorm2d):
            setattr(module, name, fuse_conv_bn_eval(child, following))
            setattr(module, next_name, nn.Identity())
    for _, child in module.named_children():
        _fold(child)
