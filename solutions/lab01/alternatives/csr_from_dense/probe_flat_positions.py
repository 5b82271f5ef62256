# alternative: flat positions of the nonzeros, divmod by C


def csr_from_dense(matrix):
    validate_type("matrix", matrix, torch.Tensor)
    if matrix.dim() != 2:
        raise ValueError("matrix must be 2-D")
    R, C = matrix.shape
    flat = matrix.detach().reshape(-1)
    where = torch.nonzero(flat != 0).reshape(-1)
    rows = torch.div(where, max(C, 1), rounding_mode="floor")
    cols = where - rows * C
    indptr = torch.searchsorted(rows, torch.arange(R + 1, device=matrix.device), right=False)
    return indptr.to(torch.int64), cols.to(torch.int64), flat[where]
