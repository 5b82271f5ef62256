# mistake: torch.cat of the per-row lists without guarding a matrix with no rows
# wrong on: csr_from_dense(torch.zeros(0, 3)): torch.cat([]) raises (ValueError in this torch) instead of returning ([0], [], [])
# expect: (0, 4)
def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    if matrix.dim() != 2:
        raise ValueError(f"matrix must be 2-D, got shape {tuple(matrix.shape)}")
    matrix = matrix.detach()
    indptr, indices, data = [0], [], []
    count = 0
    for row in matrix:
        columns = torch.nonzero(row).flatten()
        indices.append(columns)
        data.append(row[columns])
        count += columns.numel()
        indptr.append(count)
    ind = torch.cat(indices).to(torch.int64)
    dat = torch.cat(data)
    return torch.tensor(indptr, dtype=torch.int64, device=matrix.device), ind, dat
