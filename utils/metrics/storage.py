"""Bits needed to store a weight tensor dense or in a simple sparse format."""

from __future__ import annotations

import torch

from utils.validation import validate_choice, validate_int, validate_type

STORAGE_FORMATS: tuple[str, ...] = ("dense", "bitmap", "coo")


def storage_bits(tensor: torch.Tensor, value_bits: int = 32, fmt: str = "dense") -> int:
    """Bits needed to store a tensor in a dense or sparse format.

    With ``numel`` elements of which ``nnz`` are nonzero and ``b = value_bits``:

    - ``"dense"``: ``numel * b``.
    - ``"bitmap"``: ``numel + nnz * b`` (one presence bit per position plus
      the nonzero values).
    - ``"coo"``: ``nnz * (b + max(1, ceil(log2(numel))))`` (each nonzero
      stores its value and one flat index into the flattened tensor).

    Metadata such as the shape is ignored.

    Args:
        tensor: Any shape and dtype; only ``numel`` and ``nnz`` matter.
        value_bits: Bits per stored value (32 for float32, 8 for int8, ...).
        fmt: One of ``"dense"``, ``"bitmap"``, ``"coo"``.

    Returns:
        Storage size in bits.
    """
    validate_type("tensor", tensor, torch.Tensor)
    bits = validate_int("value_bits", value_bits, 1)
    validate_choice("fmt", fmt, STORAGE_FORMATS)
    numel = tensor.numel()
    if fmt == "dense":
        return numel * bits
    nnz = int(torch.count_nonzero(tensor))
    if fmt == "bitmap":
        return numel + nnz * bits
    # (numel - 1).bit_length() is ceil(log2(numel)) in exact integer
    # arithmetic; float log2 can round the wrong way for huge tensors.
    index_bits = max(1, (numel - 1).bit_length())
    return nnz * (bits + index_bits)
