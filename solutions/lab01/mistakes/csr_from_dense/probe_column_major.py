# mistake: walks the transposed matrix then re-sorts by row with an unstable sort
# expect: scipy.sparse.csr_array


def csr_from_dense(matrix):
    validate_type("matrix", matrix, torch.Tensor)
    if matrix.dim() != 2:
        raise ValueError("matrix must be 2-D")
    matrix = matrix.detach()
    cols, rows = torch.nonzero(matrix.t() != 0, as_tuple=True)
    order = torch.argsort(rows)
    rows, cols = rows[order], cols[order]
    counts = torch.bincount(rows, minlength=matrix.shape[0])
    indptr = torch.cat([torch.zeros(1, dtype=torch.int64, device=matrix.device), torch.cumsum(counts, 0)])
    return indptr, cols.to(torch.int64), matrix[rows, cols]
