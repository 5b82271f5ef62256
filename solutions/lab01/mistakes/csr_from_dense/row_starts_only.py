# mistake: stores only where each row starts (R pointers) and leaves out the final pointer nnz
# wrong on: csr_from_dense(A) with A = [[0, 2, 0, 1], [0, 0, 0, 0], [3, 0, 0, -4]] gives indptr [0, 2, 2] instead of [0, 2, 2, 4]
# expect: should have shape (4,)
def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    if matrix.dim() != 2:
        raise ValueError(f"matrix must be 2-D, got shape {tuple(matrix.shape)}")
    matrix = matrix.detach()
    indptr, indices, data = [0], [], []
    for number, row in enumerate(matrix):
        keep = row != 0
        columns = torch.nonzero(keep).flatten()
        indices.extend(columns.tolist())
        data.extend(row[columns].tolist())
        indptr.append(indptr[-1] + len(columns))
    return (
        torch.tensor(indptr[:-1], dtype=torch.int64, device=matrix.device),
        torch.tensor(indices, dtype=torch.int64, device=matrix.device),
        torch.tensor(data, dtype=matrix.dtype, device=matrix.device),
    )
