# mistake: converts the values to float32 (torch.tensor(data) with the default dtype) instead of keeping the matrix's dtype
# wrong on: csr_from_dense(A) for the float64 A = [[0, 2, 0, 1], [0, 0, 0, 0], [3, 0, 0, -4]] gives float32 data instead of float64
# expect: should have dtype torch.float64
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
        torch.tensor(indices, dtype=torch.int64, device=matrix.device),
        torch.tensor(data, dtype=torch.float32, device=matrix.device),
    )
