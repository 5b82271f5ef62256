# alternative: a match statement over the formats, nnz from (matrix != 0).sum().item(), w(v) = max(1, (v - 1).bit_length()) inline
def encoding_bits(matrix: torch.Tensor, fmt: str, value_bits: int) -> int:
    validate_type("matrix", matrix, torch.Tensor)  # the course's argument convention, in signature order
    if matrix.dim() != 2:
        raise ValueError("matrix must be 2-D")
    validate_type("fmt", fmt, str)
    if fmt not in ("dense", "bitmap", "coo", "csr", "csc"):
        raise ValueError("unknown format")
    value_bits = validate_int("value_bits", value_bits, 1)
    if matrix.dim() != 2:
        raise ValueError("matrix must be 2-D")
    if isinstance(value_bits, bool) or not isinstance(value_bits, int):
        raise TypeError("value_bits must be an int")
    if fmt not in ("dense", "bitmap", "coo", "csr", "csc") or value_bits < 1:
        raise ValueError("fmt must be a known format and value_bits >= 1")
    rows, cols = matrix.shape
    nnz = (matrix != 0).sum().item()
    w_rows, w_cols = max(1, (rows - 1).bit_length()), max(1, (cols - 1).bit_length())
    w_pointer = max(1, nnz.bit_length())  # w(nnz + 1) = max(1, ((nnz + 1) - 1).bit_length())
    match fmt:
        case "dense":
            return rows * cols * value_bits
        case "bitmap":
            return rows * cols + nnz * value_bits
        case "coo":
            return nnz * (value_bits + w_rows + w_cols)
        case "csr":
            return nnz * (value_bits + w_cols) + (rows + 1) * w_pointer
        case _:
            return nnz * (value_bits + w_rows) + (cols + 1) * w_pointer
