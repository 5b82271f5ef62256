# mistake: does not validate fmt; anything that is not dense/bitmap/coo/csr falls through to the CSC formula
# wrong on: encoding_bits(torch.eye(2), "CSR", 8): returns 2 * 9 + 3 * 2 = 24 instead of raising ValueError
# expect: encoding_bits
def encoding_bits(matrix: torch.Tensor, fmt: str, value_bits: int) -> int:
    if matrix.dim() != 2:
        raise ValueError(f"matrix must be 2-D, got shape {tuple(matrix.shape)}")
    if not isinstance(value_bits, int) or isinstance(value_bits, bool):
        raise TypeError(f"value_bits must be an int, got {value_bits!r}")
    if value_bits < 1:
        raise ValueError(f"value_bits must be >= 1, got {value_bits}")

    def width(count):
        return max(1, (count - 1).bit_length())

    rows, cols = matrix.shape
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
