# mistake: counts the nonzeros with torch.count_nonzero(matrix), a 0-d tensor, and never converts it to int, so every format that uses nnz returns a 0-d tensor instead of a Python int
# wrong on: encoding_bits(M, 'bitmap', 32) for the (4, 8) M with 4 nonzeros returns tensor(160) instead of the int 160
# expect: return Python ints
import math


def encoding_bits(matrix: torch.Tensor, fmt: str, value_bits: int) -> int:
    if matrix.dim() != 2:
        raise ValueError(f"matrix must be 2-D, got shape {tuple(matrix.shape)}")
    if fmt not in ("dense", "bitmap", "coo", "csr", "csc"):
        raise ValueError(f"unknown format {fmt!r}")
    if not isinstance(value_bits, int) or isinstance(value_bits, bool):
        raise TypeError(f"value_bits must be an int, got {value_bits!r}")
    if value_bits < 1:
        raise ValueError(f"value_bits must be >= 1, got {value_bits}")

    def width(count):
        return 1 if count <= 1 else math.ceil(math.log2(count))

    rows, cols = matrix.shape
    nnz = torch.count_nonzero(matrix)
    if fmt == "dense":
        return rows * cols * value_bits
    if fmt == "bitmap":
        return rows * cols + nnz * value_bits
    if fmt == "coo":
        return nnz * (value_bits + width(rows) + width(cols))
    if fmt == "csr":
        return nnz * (value_bits + width(cols)) + (rows + 1) * width(nnz + 1)
    return nnz * (value_bits + width(rows)) + (cols + 1) * width(nnz + 1)
