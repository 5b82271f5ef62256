# mistake: walks the matrix column by column (that is CSC of A, the arrays of A's transpose) instead of row by row
# wrong on: csr_from_dense(A) with A = [[0, 2, 0, 1], [0, 0, 0, 0], [3, 0, 0, -4]] gives indices [2, 0, 0, 2] and data [3, 2, 1, -4] instead of [1, 3, 0, 3] and [2, 1, 3, -4]
# expect: that is CSC, not CSR
def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    if matrix.dim() != 2:
        raise ValueError(f"matrix must be 2-D, got shape {tuple(matrix.shape)}")
    matrix = matrix.detach()
    indptr, indices, data = [0], [], []
    for number, row in enumerate(matrix.t()):
        keep = row != 0
        columns = torch.nonzero(keep).flatten()
        indices.extend(columns.tolist())
        data.extend(row[columns].tolist())
        indptr.append(indptr[-1] + len(columns))
    return (
        torch.tensor(indptr, dtype=torch.int64, device=matrix.device),
        torch.tensor(indices, dtype=torch.int64, device=matrix.device),
        torch.tensor(data, dtype=matrix.dtype, device=matrix.device),
    )
