"""NF4: 4-bit NormalFloat, blockwise absmax quantization as QLoRA and bitsandbytes define it (Dettmers et al., 2023).

Weights are split into blocks of ``blocksize`` consecutive entries (of the flattened tensor); each block is divided
by its absolute maximum and every value is replaced by the nearest of 16 levels, the quantiles of a standard normal
distribution rescaled to ``[-1, 1]`` (7 negative, an exact 0, and 8 positive). Two 4-bit codes share a byte,
the first in the high nibble; each block keeps its absmax as float32.

``nf4_levels`` rebuilds bitsandbytes' table from the normal quantiles; ``nf4_quantize`` reproduces
``bitsandbytes.functional.quantize_4bit(w, blocksize, quant_type="nf4")`` bit for bit (``tests/test_quant.py``),
including its rule for values half-way between two levels (the lower level wins). Nothing here is graded, so it
all works in the student edition.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

import torch
import torch.nn.functional as F
from torch import nn

from utils.validation import validate_int, validate_type

NF4_OFFSET = 0.9677083  # QLoRA's outermost quantile: 0.5 * (1/32 + 1/30) from 1, so the extreme levels are +-1


def nf4_levels() -> torch.Tensor:
    """The 16 NF4 levels in increasing order, float32: normal quantiles of evenly spaced probabilities, scaled so
    that the largest is 1. The 8 positive ones come from ``linspace(offset, 0.5, 9)[:-1]``, the 7 negative ones from
    ``linspace(offset, 0.5, 8)[:-1]`` (mirrored), plus an exact 0."""
    positive = torch.special.ndtri(torch.linspace(NF4_OFFSET, 0.5, 9)[:-1].double())
    negative = -torch.special.ndtri(torch.linspace(NF4_OFFSET, 0.5, 8)[:-1].double())
    levels = torch.cat([positive, torch.zeros(1, dtype=torch.float64), negative]).float().sort().values
    return levels / levels.max()


def _midpoints() -> torch.Tensor:
    levels = nf4_levels()
    return (levels[:-1] + levels[1:]) / 2


def nf4_quantize(w: torch.Tensor, blocksize: int = 64) -> tuple[torch.Tensor, torch.Tensor]:
    """Blockwise NF4 codes of ``w``: ``(packed, absmax)``.

    Args:
        w: float tensor of any shape (flattened in row-major order). Not modified.
        blocksize: entries per block (the last block may be shorter), an int >= 1.

    Returns:
        ``packed``: uint8 of length ``ceil(numel / 2)``, two codes a byte, the first in the high nibble (the code of
        0.0 pads an odd count); ``absmax``: float32, one per block.
    """
    validate_type("w", w, torch.Tensor)
    size = validate_int("blocksize", blocksize, 1)
    flat = w.detach().reshape(-1).float()
    blocks = torch.split(flat, size)
    absmax = torch.stack([block.abs().max() for block in blocks])
    # x * (1 / absmax), not x / absmax: bitsandbytes' rounding, so that codes agree bit for bit
    scaled = torch.cat(
        [torch.clamp(b * (1.0 / m.clamp(min=1e-38)), -1, 1) for b, m in zip(blocks, absmax, strict=True)]
    )
    if scaled.numel() % 2:
        scaled = torch.cat([scaled, scaled.new_zeros(1)])  # an odd count is padded with the code of 0.0
    codes = torch.bucketize(scaled, _midpoints()).to(torch.uint8)  # a value on a midpoint takes the lower level
    return (codes[0::2] << 4) | codes[1::2], absmax


def nf4_dequantize(
    packed: torch.Tensor, absmax: torch.Tensor, shape: tuple[int, ...], blocksize: int = 64
) -> torch.Tensor:
    """The float32 tensor of ``shape`` that NF4 codes stand for: ``level[code] * absmax of its block``."""
    numel = int(torch.tensor(shape).prod()) if len(shape) else 1
    codes = torch.stack([packed >> 4, packed & 0xF], dim=1).reshape(-1)[:numel].long()
    scales = absmax.repeat_interleave(blocksize)[:numel]
    return (nf4_levels()[codes] * scales).reshape(shape)


def nf4_roundtrip(w: torch.Tensor, blocksize: int = 64) -> torch.Tensor:
    """``w`` stored in NF4 and read back (float32)."""
    return nf4_dequantize(*nf4_quantize(w, blocksize), tuple(w.shape), blocksize)


def replace_linear_weights(model: nn.Module, transform: Callable[[torch.Tensor], torch.Tensor]) -> nn.Module:
    """A copy of ``model`` in which every ``nn.Linear`` weight ``w`` is replaced by ``transform(w)`` (weight-only
    quantization simulated in float); ``model`` is not modified."""
    model = copy.deepcopy(model)
    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, nn.Linear):
                module.weight.copy_(transform(module.weight.detach()))
    return model


class NF4Linear(nn.Module):
    """A Linear layer stored in NF4 (packed codes, absmax per block, float bias) that dequantizes on the fly."""

    def __init__(self, layer: nn.Linear, blocksize: int = 64) -> None:
        super().__init__()
        self.shape, self.blocksize = tuple(layer.weight.shape), blocksize
        packed, absmax = nf4_quantize(layer.weight, blocksize)
        self.register_buffer("packed", packed)
        self.register_buffer("absmax", absmax)
        self.bias = None if layer.bias is None else nn.Parameter(layer.bias.detach().clone(), requires_grad=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        weight = nf4_dequantize(self.packed, self.absmax, self.shape, self.blocksize).to(x.dtype)
        return F.linear(x, weight, self.bias)


def swap_linears(model: nn.Module, make: Callable[[nn.Linear], nn.Module]) -> nn.Module:
    """A copy of ``model`` with every ``nn.Linear`` replaced by ``make(linear)`` (e.g. ``NF4Linear``)."""
    model = copy.deepcopy(model)
    _swap(model, make)
    return model


def _swap(module: nn.Module, make: Callable[[nn.Linear], nn.Module]) -> None:
    for name, child in module.named_children():
        if isinstance(child, nn.Linear):
            setattr(module, name, make(child))
        else:
            _swap(child, make)


def bnb_linear4bit(layer: nn.Linear, blocksize: int = 64) -> nn.Module:
    """bitsandbytes' own ``Linear4bit`` (NF4, float32 compute) holding ``layer``'s weight and bias."""
    import bitsandbytes as bnb

    new = bnb.nn.Linear4bit(
        layer.in_features,
        layer.out_features,
        bias=layer.bias is not None,
        quant_type="nf4",
        compute_dtype=torch.float32,
    )
    new.weight = bnb.nn.Params4bit(
        layer.weight.detach().clone(), requires_grad=False, quant_type="nf4", blocksize=blocksize
    )
    if layer.bias is not None:
        new.bias = nn.Parameter(layer.bias.detach().clone(), requires_grad=False)
    return new.to(layer.weight.device)  # moving a Params4bit is what quantizes it
