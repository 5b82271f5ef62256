# mistake: finds nonzeros in matrix.view(-1) and splits the flat index into row and column, which fails on a non-contiguous matrix
# wrong on: csr_from_dense(torch.tensor([[1.0, 0.0], [2.0, 3.0]]).t()): RuntimeError instead of indptr [0, 2, 3], indices [0, 1, 1], data [1., 2., 3.]
# expect: view(-1)
def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    if matrix.dim() != 2:
        raise ValueError(f"matrix must be 2-D, got shape {tuple(matrix.shape)}")
    rows_n, cols_n = matrix.shape
    flat = matrix.detach().view(-1)
    where = torch.nonzero(flat).flatten()
    if cols_n:
        rows, cols = where // cols_n, where % cols_n
    else:
        rows = cols = where
    counts = torch.bincount(rows, minlength=rows_n)
    indptr = torch.zeros(rows_n + 1, dtype=torch.int64, device=matrix.device)
    indptr[1:] = torch.cumsum(counts, 0)
    return indptr, cols, flat[where]
