# alternative: w(v) by doubling until 2**k >= v


def encoding_bits(matrix, fmt, value_bits):
    validate_type("matrix", matrix, torch.Tensor)
    if matrix.dim() != 2:
        raise ValueError("matrix must be 2-D")
    validate_type("fmt", fmt, str)
    if fmt not in {"dense", "bitmap", "coo", "csr", "csc"}:
        raise ValueError("unknown format")
    b = validate_int("value_bits", value_bits, 1)

    def w(v):
        k = 1
        while 2**k < v:
            k += 1
        return k

    R, C = matrix.shape
    nnz = sum(1 for v in matrix.flatten().tolist() if v != 0)
    table = {
        "dense": R * C * b,
        "bitmap": R * C + nnz * b,
        "coo": nnz * (b + w(R) + w(C)),
        "csr": nnz * (b + w(C)) + (R + 1) * w(nnz + 1),
        "csc": nnz * (b + w(R)) + (C + 1) * w(nnz + 1),
    }
    return int(table[fmt])
