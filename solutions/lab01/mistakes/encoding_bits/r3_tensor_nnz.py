# mistake: nnz stays a 0-d tensor, so the result is a tensor
# expect: encoding_bits
def encoding_bits(matrix, fmt, value_bits):
    validate_type("matrix", matrix, torch.Tensor)
    if matrix.dim() != 2:
        raise ValueError("matrix must be 2-D")
    validate_type("fmt", fmt, str)
    if fmt not in ("dense", "bitmap", "coo", "csr", "csc"):
        raise ValueError("fmt")
    validate_int("value_bits", value_bits, minimum=1)
    b = int(value_bits)
    R, C = matrix.shape
    nnz = (matrix != 0).sum()

    def w(v):
        return max(1, (int(v) - 1).bit_length())

    return {
        "dense": R * C * b,
        "bitmap": R * C + nnz * b,
        "coo": nnz * (b + w(R) + w(C)),
        "csr": nnz * (b + w(C)) + (R + 1) * w(nnz + 1),
        "csc": nnz * (b + w(R)) + (C + 1) * w(nnz + 1),
    }[fmt]
