# mistake: counts nonzeros with (matrix != 0).sum() and never converts, so it returns a 0-d tensor, not a Python int
# wrong on: encoding_bits(torch.eye(2), "bitmap", 8): returns tensor(20) instead of the int 20
# expect: encoding_bits
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
        return max(1, int(count - 1).bit_length())

    rows, cols = matrix.shape
    nnz = (matrix != 0).sum()
    if fmt == "dense":
        return rows * cols * value_bits
    if fmt == "bitmap":
        return rows * cols + nnz * value_bits
    if fmt == "coo":
        return nnz * (value_bits + width(rows) + width(cols))
    if fmt == "csr":
        return nnz * (value_bits + width(cols)) + (rows + 1) * width(nnz + 1)
    return nnz * (value_bits + width(rows)) + (cols + 1) * width(nnz + 1)
