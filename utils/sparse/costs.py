"""Exact storage cost, in bits, of a matrix in each sparse format.

An index that can take ``v`` different values is stored in ``w(v) = max(1, ceil(log2(v)))`` bits, computed in
exact integer arithmetic as ``max(1, (v - 1).bit_length())``. Shape metadata is not counted.
"""

from __future__ import annotations

import torch

from utils.reference import graded_reference
from utils.validation import validate_choice, validate_int, validate_ndim, validate_type

FORMATS: tuple[str, ...] = ("dense", "bitmap", "coo", "csr", "csc")


def index_bits(count: int) -> int:
    """``max(1, ceil(log2(count)))``: the bits of an index that takes ``count`` different values."""
    return max(1, (validate_int("count", count, 1) - 1).bit_length())


@graded_reference("lab01", "encoding_bits")
def encoding_bits(matrix: torch.Tensor, fmt: str, value_bits: int) -> int:
    """Bits needed to store a matrix in a format, its values taking ``value_bits`` bits each.

    For ``R`` rows, ``C`` columns, ``nnz`` nonzero entries (entries ``!= 0``: tiny values and NaN count),
    ``b = value_bits`` and ``w(v) = max(1, ceil(log2 v))``:

    * ``"dense"``: ``R * C * b``;
    * ``"bitmap"``: ``R * C + nnz * b`` (one presence bit per entry, then the nonzero values);
    * ``"coo"``: ``nnz * (b + w(R) + w(C))`` (each nonzero stores its value, its row and its column);
    * ``"csr"``: ``nnz * (b + w(C)) + (R + 1) * w(nnz + 1)`` (values and column indices, then ``R + 1`` row
      pointers, each a number from 0 to ``nnz``);
    * ``"csc"``: ``nnz * (b + w(R)) + (C + 1) * w(nnz + 1)``.

    Args:
        matrix: 2-D tensor (R or C may be 0); only its shape and its nonzero count matter.
        fmt: one of ``"dense"``, ``"bitmap"``, ``"coo"``, ``"csr"``, ``"csc"``.
        value_bits: bits per stored value, an int >= 1.

    Returns:
        The number of bits, a Python int.

    Raises:
        TypeError: if ``matrix`` is not a tensor, ``fmt`` is not a str, or ``value_bits`` is not an int (numpy
            integers are; a bool is not).
        ValueError: if ``matrix`` is not 2-D, ``fmt`` is not one of the formats or ``value_bits < 1``. Checked in
            signature order (see Conventions): ``matrix``, ``fmt``, then ``value_bits``, each fully (type, then
            value).
    """
    validate_type("matrix", matrix, torch.Tensor)
    validate_ndim("matrix", matrix, 2)
    validate_type("fmt", fmt, str)
    validate_choice("fmt", fmt, FORMATS)
    bits = validate_int("value_bits", value_bits, 1)
    rows, cols = matrix.shape
    nnz = int(torch.count_nonzero(matrix))
    pointer = index_bits(nnz + 1)
    costs = {
        "dense": rows * cols * bits,
        "bitmap": rows * cols + nnz * bits,
        "coo": nnz * (bits + index_bits(max(rows, 1)) + index_bits(max(cols, 1))),
        "csr": nnz * (bits + index_bits(max(cols, 1))) + (rows + 1) * pointer,
        "csc": nnz * (bits + index_bits(max(rows, 1))) + (cols + 1) * pointer,
    }
    return costs[fmt]
