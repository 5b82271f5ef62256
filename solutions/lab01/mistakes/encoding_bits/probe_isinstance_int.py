# mistake: isinstance(value_bits, int) rejects numpy integers
# expect: numpy integer


def encoding_bits(matrix, fmt, value_bits):
    validate_type("matrix", matrix, torch.Tensor)
    if matrix.dim() != 2:
        raise ValueError("matrix must be 2-D")
    validate_type("fmt", fmt, str)
    if fmt not in ("dense", "bitmap", "coo", "csr", "csc"):
        raise ValueError("unknown format")
    if not isinstance(value_bits, int) or isinstance(value_bits, bool):
        raise TypeError("value_bits must be an int")
    if value_bits < 1:
        raise ValueError("value_bits must be >= 1")
    b = value_bits

    def w(v):
        return max(1, (v - 1).bit_length())

    R, C = matrix.shape
    nnz = int((matrix != 0).sum())
    return {
        "dense": R * C * b,
        "bitmap": R * C + nnz * b,
        "coo": nnz * (b + w(R) + w(C)),
        "csr": nnz * (b + w(C)) + (R + 1) * w(nnz + 1),
        "csc": nnz * (b + w(R)) + (C + 1) * w(nnz + 1),
    }[fmt]
