# mistake: abs(x) > 0: NaN not stored
# expect: indptr
def csr_from_dense(matrix):
    validate_type("matrix", matrix, torch.Tensor)
    if matrix.dim() != 2:
        raise ValueError("matrix must be 2-D")
    mask = matrix.abs() > 0
    counts = mask.sum(dim=1)
    indptr = torch.zeros(matrix.shape[0] + 1, dtype=torch.int64, device=matrix.device)
    indptr[1:] = torch.cumsum(counts, 0)
    rows, cols = torch.nonzero(mask, as_tuple=True)
    return indptr, cols.to(torch.int64), matrix[rows, cols]
