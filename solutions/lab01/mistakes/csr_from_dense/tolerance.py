# mistake: treats tiny values as zero (abs(x) > 1e-12) instead of testing x != 0, so 1e-30 is not stored and the format is lossy
# wrong on: csr_from_dense(torch.tensor([[1e-30, 2.0]])) gives indptr [0, 1], indices [1], data [2.0] instead of [0, 2], [0, 1], [1e-30, 2.0]
# expect: 1e-30 and NaN are
def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    if matrix.dim() != 2:
        raise ValueError(f"matrix must be 2-D, got shape {tuple(matrix.shape)}")
    matrix = matrix.detach()
    indptr, indices, data = [0], [], []
    for number, row in enumerate(matrix):
        keep = row.abs() > 1e-12
        columns = torch.nonzero(keep).flatten()
        indices.extend(columns.tolist())
        data.extend(row[columns].tolist())
        indptr.append(indptr[-1] + len(columns))
    return (
        torch.tensor(indptr, dtype=torch.int64, device=matrix.device),
        torch.tensor(indices, dtype=torch.int64, device=matrix.device),
        torch.tensor(data, dtype=matrix.dtype, device=matrix.device),
    )
