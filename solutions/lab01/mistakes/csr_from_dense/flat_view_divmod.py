# mistake: finds the nonzeros in matrix.view(-1) and splits each flat position into (row, column) with divmod by C; view(-1) raises for a non-contiguous matrix (a transposed one), though any 2-D tensor is valid input
# wrong on: csr_from_dense(torch.tensor([[0.0, 1.0], [2.0, 0.0]]).t()) raises RuntimeError (view size is not compatible ...) instead of returning ([0, 1, 2], [1, 0], [2.0, 1.0])
# expect: scipy.sparse.csr_array(matrix) gives the same arrays
def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    if matrix.dim() != 2:
        raise ValueError(f"matrix must be 2-D, got shape {tuple(matrix.shape)}")
    rows_count, cols_count = matrix.shape
    flat = matrix.detach().view(-1)
    positions = torch.nonzero(flat).flatten()
    rows = positions // max(cols_count, 1)
    cols = positions % max(cols_count, 1)
    indptr = torch.zeros(rows_count + 1, dtype=torch.int64, device=matrix.device)
    indptr[1:] = torch.cumsum(torch.bincount(rows, minlength=rows_count), 0)
    return indptr, cols, flat[positions]
