# alternative: vectorised torch: torch.nonzero gives (row, column) pairs in row-major order; indptr is a cumsum of bincount(rows) after a 0
def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    validate_type("matrix", matrix, torch.Tensor)  # the course's argument convention
    if matrix.dim() != 2:
        raise ValueError(f"matrix must be 2-D, got shape {tuple(matrix.shape)}")
    matrix = matrix.detach()
    rows, cols = torch.nonzero(matrix, as_tuple=True)
    counts = torch.bincount(rows, minlength=matrix.shape[0])
    indptr = torch.zeros(matrix.shape[0] + 1, dtype=torch.int64, device=matrix.device)
    indptr[1:] = torch.cumsum(counts, 0)
    return indptr, cols.to(torch.int64), matrix[rows, cols]
