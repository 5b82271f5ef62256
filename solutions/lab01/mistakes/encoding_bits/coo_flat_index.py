# mistake: stores one flat index w(R * C) per nonzero for COO instead of a row index w(R) and a column index w(C)
# wrong on: encoding_bits(torch.tensor([[0., 0., 5., 0., 0.]]), 'coo', 8) is 11 instead of 12 (w(5) = 3 instead of w(1) + w(5) = 4)
# expect: COO 1*(8+1+3) = 12
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
        return max(1, (count - 1).bit_length())

    rows, cols = matrix.shape
    nnz = int((matrix != 0).sum())
    if fmt == "dense":
        return rows * cols * value_bits
    if fmt == "bitmap":
        return rows * cols + nnz * value_bits
    if fmt == "coo":
        return nnz * (value_bits + width(rows * cols))
    if fmt == "csr":
        return nnz * (value_bits + width(cols)) + (rows + 1) * width(nnz + 1)
    return nnz * (value_bits + width(rows)) + (cols + 1) * width(nnz + 1)
