# mistake: abs(x) > 0 drops NaN, which must be stored
# expect: 1e-30 and NaN are


def csr_from_dense(matrix):
    validate_type("matrix", matrix, torch.Tensor)
    if matrix.dim() != 2:
        raise ValueError("matrix must be 2-D")
    matrix = matrix.detach()
    rows, cols = torch.nonzero(matrix.abs() > 0, as_tuple=True)
    counts = torch.bincount(rows, minlength=matrix.shape[0])
    indptr = torch.cat([torch.zeros(1, dtype=torch.int64, device=matrix.device), torch.cumsum(counts, 0)])
    return indptr, cols.to(torch.int64), matrix[rows, cols]
