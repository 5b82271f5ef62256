# alternative: w(v) from len(bin(v - 1)) and if/elif


def encoding_bits(matrix, fmt, value_bits):
    validate_type("matrix", matrix, torch.Tensor)
    if matrix.dim() != 2:
        raise ValueError("matrix must be 2-D")
    validate_type("fmt", fmt, str)
    if fmt not in ["dense", "bitmap", "coo", "csr", "csc"]:
        raise ValueError("unknown format")
    b = validate_int("value_bits", value_bits, 1)

    def w(v):
        return 1 if v <= 1 else len(bin(v - 1)) - 2

    R, C = (int(s) for s in matrix.shape)
    nnz = int(torch.count_nonzero(matrix))
    if fmt == "dense":
        return R * C * b
    if fmt == "bitmap":
        return R * C + nnz * b
    if fmt == "coo":
        return nnz * (b + w(R) + w(C))
    if fmt == "csr":
        return nnz * (b + w(C)) + (R + 1) * w(nnz + 1)
    return nnz * (b + w(R)) + (C + 1) * w(nnz + 1)
