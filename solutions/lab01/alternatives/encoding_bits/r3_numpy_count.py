# alternative: numpy count_nonzero and a loop for w
def encoding_bits(matrix, fmt, value_bits):
    if not isinstance(matrix, torch.Tensor):
        raise TypeError("matrix")
    if matrix.ndim != 2:
        raise ValueError("matrix")
    if not isinstance(fmt, str):
        raise TypeError("fmt")
    if fmt not in {"dense", "bitmap", "coo", "csr", "csc"}:
        raise ValueError("fmt")
    if isinstance(value_bits, (bool, np.bool_)) or not isinstance(value_bits, (int, np.integer)):
        raise TypeError("value_bits")
    if value_bits < 1:
        raise ValueError("value_bits")
    b = int(value_bits)
    R, C = (int(s) for s in matrix.shape)
    nnz = int(torch.count_nonzero(matrix).item())

    def w(v):
        bits = 1
        while (1 << bits) < v:
            bits += 1
        return bits

    if fmt == "dense":
        return R * C * b
    if fmt == "bitmap":
        return R * C + nnz * b
    if fmt == "coo":
        return nnz * (b + w(R) + w(C))
    if fmt == "csr":
        return nnz * (b + w(C)) + (R + 1) * w(nnz + 1)
    return nnz * (b + w(R)) + (C + 1) * w(nnz + 1)
