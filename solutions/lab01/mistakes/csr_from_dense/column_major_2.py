# mistake: walks the matrix column by column (CSC order) but labels it CSR
# wrong on: csr_from_dense(torch.tensor([[0., 2.], [3., 0.]])): data [3., 2.] indices [0, 1] instead of data [2., 3.] indices [1, 0]
# expect: csr_from_dense
def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    if matrix.dim() != 2:
        raise ValueError(f"matrix must be 2-D, got shape {tuple(matrix.shape)}")
    m = matrix.detach()
    rows, cols = torch.nonzero(m.T, as_tuple=True)  # rows of m.T are the columns of m
    cols_of_m, rows_of_m = rows, cols
    counts = torch.bincount(rows_of_m, minlength=m.shape[0])
    indptr = torch.cat([torch.zeros(1, dtype=torch.int64), torch.cumsum(counts, 0)]).to(m.device)
    return indptr, cols_of_m.to(torch.int64), m[rows_of_m, cols_of_m]
