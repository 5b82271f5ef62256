# mistake: w via ceil(log2 v) fails on v = 0 (a matrix with no rows or columns)
# expect: raised

import math


def encoding_bits(matrix, fmt, value_bits):
    validate_type("matrix", matrix, torch.Tensor)
    if matrix.dim() != 2:
        raise ValueError("matrix must be 2-D")
    validate_type("fmt", fmt, str)
    if fmt not in ("dense", "bitmap", "coo", "csr", "csc"):
        raise ValueError("unknown format")
    b = validate_int("value_bits", value_bits, 1)

    def w(v):
        return max(1, math.ceil(math.log2(v)))

    R, C = matrix.shape
    nnz = int((matrix != 0).sum())
    return {
        "dense": R * C * b,
        "bitmap": R * C + nnz * b,
        "coo": nnz * (b + w(R) + w(C)),
        "csr": nnz * (b + w(C)) + (R + 1) * w(nnz + 1),
        "csc": nnz * (b + w(R)) + (C + 1) * w(nnz + 1),
    }[fmt]
