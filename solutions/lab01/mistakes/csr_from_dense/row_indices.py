# mistake: stores the row index of each nonzero in indices instead of its column
# wrong on: csr_from_dense(A) with A = [[0, 2, 0, 1], [0, 0, 0, 0], [3, 0, 0, -4]] gives indices [0, 0, 2, 2] instead of [1, 3, 0, 3]
# expect: store the row index of each nonzero instead of its column
def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    if matrix.dim() != 2:
        raise ValueError(f"matrix must be 2-D, got shape {tuple(matrix.shape)}")
    matrix = matrix.detach()
    indptr, indices, data = [0], [], []
    for number, row in enumerate(matrix):
        keep = row != 0
        columns = torch.nonzero(keep).flatten()
        indices.extend([number] * len(columns))
        data.extend(row[columns].tolist())
        indptr.append(indptr[-1] + len(columns))
    return (
        torch.tensor(indptr, dtype=torch.int64, device=matrix.device),
        torch.tensor(indices, dtype=torch.int64, device=matrix.device),
        torch.tensor(data, dtype=matrix.dtype, device=matrix.device),
    )
