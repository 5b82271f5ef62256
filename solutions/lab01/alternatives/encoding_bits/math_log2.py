# alternative: w(v) = max(1, math.ceil(math.log2(v))) with v <= 1 handled apart; exact here because log2 only rounds the wrong way for v beyond about 2**48, which no stored count reaches
import math


def encoding_bits(matrix: torch.Tensor, fmt: str, value_bits: int) -> int:
    validate_type("matrix", matrix, torch.Tensor)  # the course's argument convention, in signature order
    if matrix.dim() != 2:
        raise ValueError("matrix must be 2-D")
    validate_type("fmt", fmt, str)
    if fmt not in ("dense", "bitmap", "coo", "csr", "csc"):
        raise ValueError("unknown format")
    value_bits = validate_int("value_bits", value_bits, 1)
    if not isinstance(matrix, torch.Tensor) or matrix.dim() != 2:
        raise ValueError("matrix must be a 2-D tensor")
    if fmt not in {"dense", "bitmap", "coo", "csr", "csc"}:
        raise ValueError(f"unknown format {fmt!r}")
    if type(value_bits) is not int:
        raise TypeError(f"value_bits must be an int, got {type(value_bits).__name__}")
    if value_bits < 1:
        raise ValueError(f"value_bits must be >= 1, got {value_bits}")

    def w(v: int) -> int:
        return 1 if v <= 1 else max(1, math.ceil(math.log2(v)))

    R, C = matrix.shape
    nnz = int(torch.count_nonzero(matrix))
    b = value_bits
    costs = {
        "dense": lambda: R * C * b,
        "bitmap": lambda: R * C + nnz * b,
        "coo": lambda: nnz * (b + w(R) + w(C)),
        "csr": lambda: nnz * (b + w(C)) + (R + 1) * w(nnz + 1),
        "csc": lambda: nnz * (b + w(R)) + (C + 1) * w(nnz + 1),
    }
    return costs[fmt]()
