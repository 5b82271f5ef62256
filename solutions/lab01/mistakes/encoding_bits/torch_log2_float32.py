# mistake: w(v) via torch.log2(torch.tensor(v)), which computes in float32 and rounds log2(2**21 + 1) down to exactly 21
# wrong on: encoding_bits(torch.ones(1, 2**21 + 1), "coo", 8): 2**21+1 nonzeros times 8 + 1 + 21 bits (62914590) instead of 8 + 1 + 22 (65011743)
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
        if count <= 1:
            return 1
        return max(1, int(torch.ceil(torch.log2(torch.tensor(count)))))

    nnz = int((matrix != 0).sum())
    rows, cols = matrix.shape
    if fmt == "dense":
        return rows * cols * value_bits
    if fmt == "bitmap":
        return rows * cols + nnz * value_bits
    if fmt == "coo":
        return nnz * (value_bits + width(rows) + width(cols))
    if fmt == "csr":
        return nnz * (value_bits + width(cols)) + (rows + 1) * width(nnz + 1)
    return nnz * (value_bits + width(rows)) + (cols + 1) * width(nnz + 1)
