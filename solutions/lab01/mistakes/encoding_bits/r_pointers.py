# mistake: uses R row pointers instead of R + 1 (and C column pointers instead of C + 1 for CSC)
# wrong on: encoding_bits(M, 'csr', 32) for the (4, 8) M with 4 nonzeros is 152 instead of 155
# expect: use R row pointers instead of R + 1
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
        return nnz * (value_bits + width(rows) + width(cols))
    if fmt == "csr":
        return nnz * (value_bits + width(cols)) + rows * width(nnz + 1)
    return nnz * (value_bits + width(rows)) + cols * width(nnz + 1)
