# mistake: writes 0.0 over -0.0 in the caller's matrix (modifies the input)
# expect: the input must not change


def csr_from_dense(matrix):
    validate_type("matrix", matrix, torch.Tensor)
    if matrix.dim() != 2:
        raise ValueError("matrix must be 2-D")
    with torch.no_grad():
        matrix[matrix == 0] = 0
    matrix = matrix.detach()
    rows, cols = torch.nonzero(matrix != 0, as_tuple=True)
    counts = torch.bincount(rows, minlength=matrix.shape[0])
    indptr = torch.cat([torch.zeros(1, dtype=torch.int64, device=matrix.device), torch.cumsum(counts, 0)])
    return indptr, cols.to(torch.int64), matrix[rows, cols]
