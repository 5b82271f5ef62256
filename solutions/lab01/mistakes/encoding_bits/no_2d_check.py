# mistake: reads R and C as matrix.shape[0] and matrix.shape[1] and never checks that the matrix is 2-D, so a 3-D tensor is accepted
# wrong on: encoding_bits(torch.ones(2, 3, 4), 'dense', 8) returns 48 instead of raising ValueError
# expect: not 2-D
def encoding_bits(matrix: torch.Tensor, fmt: str, value_bits: int) -> int:
    if fmt not in ("dense", "bitmap", "coo", "csr", "csc"):
        raise ValueError(f"unknown format {fmt!r}")
    if not isinstance(value_bits, int) or isinstance(value_bits, bool):
        raise TypeError(f"value_bits must be an int, got {value_bits!r}")
    if value_bits < 1:
        raise ValueError(f"value_bits must be >= 1, got {value_bits}")

    def width(count):
        return max(1, (count - 1).bit_length())

    rows, cols = matrix.shape[0], matrix.shape[1]
    nnz = int((matrix != 0).sum())
    if fmt == "dense":
        return rows * cols * value_bits
    if fmt == "bitmap":
        return rows * cols + nnz * value_bits
    if fmt == "coo":
        return nnz * (value_bits + width(rows) + width(cols))
    if fmt == "csr":
        return nnz * (value_bits + width(cols)) + (rows + 1) * width(nnz + 1)
    return nnz * (value_bits + width(rows)) + (cols + 1) * width(nnz + 1)
