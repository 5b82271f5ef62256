# mistake: stores the column indices as torch.int32 ("columns fit in 32 bits") instead of torch.int64
# wrong on: csr_from_dense(A) with A = [[0, 2, 0, 1], [0, 0, 0, 0], [3, 0, 0, -4]] gives indices of dtype torch.int32 instead of torch.int64
# expect: should have dtype torch.int64
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
        torch.tensor(indptr, dtype=torch.int64, device=matrix.device),
        torch.tensor(indices, dtype=torch.int32, device=matrix.device),
        torch.tensor(data, dtype=matrix.dtype, device=matrix.device),
    )
