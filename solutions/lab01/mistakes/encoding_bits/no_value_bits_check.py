# mistake: never validates value_bits, so 0, negative or float widths give a number instead of an error
# wrong on: encoding_bits(M, 'dense', 0) returns 0 instead of raising ValueError, and encoding_bits(M, 'dense', 32.0) returns 1024.0 instead of raising TypeError
# expect: value_bits < 1
def encoding_bits(matrix: torch.Tensor, fmt: str, value_bits: int) -> int:
    if matrix.dim() != 2:
        raise ValueError(f"matrix must be 2-D, got shape {tuple(matrix.shape)}")
    if fmt not in ("dense", "bitmap", "coo", "csr", "csc"):
        raise ValueError(f"unknown format {fmt!r}")

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
