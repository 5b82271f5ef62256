# mistake: returns torch.zeros(0) (default dtype float32) as data when the matrix has no nonzero at all, whatever the matrix's dtype
# wrong on: csr_from_dense(torch.zeros(2, 2, dtype=torch.float64))[2] has dtype torch.float32 instead of torch.float64 (likewise torch.zeros(2, 2, dtype=torch.int64))
# expect: data keeps the matrix's dtype
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
        torch.tensor(data, dtype=matrix.dtype, device=matrix.device) if data else torch.zeros(0, device=matrix.device),
    )
