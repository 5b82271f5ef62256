# alternative: loop over rows with Python lists


def csr_from_dense(matrix):
    validate_type("matrix", matrix, torch.Tensor)
    if matrix.dim() != 2:
        raise ValueError("matrix must be 2-D")
    matrix = matrix.detach()
    indptr, columns = [0], []
    for r in range(matrix.shape[0]):
        cols = [c for c in range(matrix.shape[1]) if matrix[r, c] != 0]
        columns += cols
        indptr.append(len(columns))
    idx = torch.tensor(columns, dtype=torch.int64, device=matrix.device)
    rows = torch.repeat_interleave(
        torch.arange(matrix.shape[0], device=matrix.device), torch.diff(torch.tensor(indptr, device=matrix.device))
    )
    return torch.tensor(indptr, dtype=torch.int64, device=matrix.device), idx, matrix[rows, idx].clone()
