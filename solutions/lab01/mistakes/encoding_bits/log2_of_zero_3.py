# mistake: w(v) = max(1, ceil(log2(v))) with math.log2, computed up front for R and C, so a matrix with 0 rows crashes
# wrong on: encoding_bits(torch.zeros(0, 4), "dense", 8): raises ValueError (math domain error) instead of 0
# expect: encoding_bits
import math

import torch


def encoding_bits(matrix: torch.Tensor, fmt: str, value_bits: int) -> int:
    """Bits needed to store a matrix in a format, its values taking ``value_bits`` bits each."""
    if not isinstance(value_bits, int) or isinstance(value_bits, bool):
        raise TypeError("value_bits must be an int")
    if matrix.dim() != 2:
        raise ValueError("matrix must be 2-D")
    if fmt not in ("dense", "bitmap", "coo", "csr", "csc"):
        raise ValueError(f"unknown format {fmt!r}")
    if value_bits < 1:
        raise ValueError("value_bits must be >= 1")

    def w(v):
        return max(1, int(math.ceil(math.log2(v))))

    R, C = matrix.shape
    nnz = int(torch.count_nonzero(matrix))
    b = value_bits
    wR, wC, wP = w(R), w(C), w(nnz + 1)
    if fmt == "dense":
        return R * C * b
    if fmt == "bitmap":
        return R * C + nnz * b
    if fmt == "coo":
        return nnz * (b + wR + wC)
    if fmt == "csr":
        return nnz * (b + wC) + (R + 1) * wP
    return nnz * (b + wR) + (C + 1) * wP
