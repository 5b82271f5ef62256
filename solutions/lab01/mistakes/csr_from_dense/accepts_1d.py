# mistake: only rejects tensors with more than 2 dims (matrix.dim() > 2), so a 1-D vector is accepted as if it were a matrix
# wrong on: csr_from_dense(torch.tensor([1.0, 0.0, 2.0])) raises IndexError (too many indices for a 0-d row) instead of ValueError
# expect: not 2-D
def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    if matrix.dim() > 2:
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
        torch.tensor(indptr, dtype=torch.int64, device=matrix.device),
        torch.tensor(indices, dtype=torch.int64, device=matrix.device),
        torch.tensor(data, dtype=matrix.dtype, device=matrix.device),
    )
