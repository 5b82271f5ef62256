# alternative: w(v) by doubling: the smallest k >= 1 with 2**k >= v, in integers; nnz from NumPy's count_nonzero
import numpy as np


def encoding_bits(matrix: torch.Tensor, fmt: str, value_bits: int) -> int:
    validate_type("matrix", matrix, torch.Tensor)  # the course's argument convention, in signature order
    if matrix.dim() != 2:
        raise ValueError("matrix must be 2-D")
    validate_type("fmt", fmt, str)
    if fmt not in ("dense", "bitmap", "coo", "csr", "csc"):
        raise ValueError("unknown format")
    value_bits = validate_int("value_bits", value_bits, 1)
    if matrix.ndim != 2:
        raise ValueError(f"matrix must be 2-D, got {matrix.ndim} dims")
    if fmt not in ("dense", "bitmap", "coo", "csr", "csc"):
        raise ValueError(f"unknown format {fmt!r}")
    if not isinstance(value_bits, int) or isinstance(value_bits, bool):
        raise TypeError("value_bits must be an int")
    if value_bits < 1:
        raise ValueError("value_bits must be >= 1")

    def width(values: int) -> int:
        bits = 1
        while 2**bits < values:
            bits += 1
        return bits

    rows, cols = (int(size) for size in matrix.shape)
    nnz = int(np.count_nonzero(matrix.detach().cpu().numpy()))
    if fmt == "dense":
        return rows * cols * value_bits
    if fmt == "bitmap":
        return rows * cols + nnz * value_bits
    if fmt == "coo":
        return nnz * (value_bits + width(rows) + width(cols))
    pointers, index_range = (rows, cols) if fmt == "csr" else (cols, rows)
    return nnz * (value_bits + width(index_range)) + (pointers + 1) * width(nnz + 1)
