"""Storage of a pruned and quantized model: sparse encodings (Lab 1) of low-bit values, plus the quantization
parameters or codebooks they need.

``layer_bits`` counts one weight matrix in a Lab 1 format (``dense``, ``bitmap``, ``coo``, ``csr``, ``csc``) with
``utils.sparse.costs.encoding_bits`` (Lab 1's graded function, so this module does not work in the student edition;
the Lab 7 notebook counts with ``utils.metrics.storage_bits``, which it may use), plus ``extra_bits`` of
side information: 32 bits per float scale, a 2**bits-entry float32 codebook for k-means.
"""

from __future__ import annotations

import torch
from torch import nn

from utils.models import prunable_modules
from utils.sparse.costs import FORMATS, encoding_bits
from utils.validation import validate_choice, validate_int


def layer_bits(weight: torch.Tensor, value_bits: int, fmt: str = "dense", extra_bits: int = 0) -> int:
    """Bits of ``weight`` (flattened to ``(out, rest)``) in format ``fmt`` with ``value_bits`` per stored value."""
    validate_choice("fmt", fmt, FORMATS)
    matrix = weight.detach().reshape(weight.shape[0], -1)
    return encoding_bits(matrix, fmt, validate_int("value_bits", value_bits, 1)) + validate_int(
        "extra_bits", extra_bits, 0
    )


def model_bits(model: nn.Module, value_bits: int, fmt: str = "dense", per_channel_scales: bool = True) -> int:
    """Bits of all prunable weights of ``model`` (biases excluded), each layer with float32 scales per output
    channel (``per_channel_scales``) or one per layer; ``value_bits=32`` means float32 with no scales."""
    total = 0
    for layer in prunable_modules(model).values():
        scales = 0 if value_bits == 32 else 32 * (layer.weight.shape[0] if per_channel_scales else 1)
        total += layer_bits(layer.weight, value_bits, fmt, scales)
    return total
