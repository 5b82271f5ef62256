# mistake: finds nonzeros with row.abs() > 0, so NaN entries are not stored
# wrong on: csr_from_dense(torch.tensor([[float("nan"), 1.]])): indptr [0, 1] instead of [0, 2] (scipy stores the NaN)
# expect: NaN
def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    if matrix.dim() != 2:
        raise ValueError(f"matrix must be 2-D, got shape {tuple(matrix.shape)}")
    matrix = matrix.detach()
    indptr, indices, data = [0], [], []
    count = 0
    for row in matrix:
        columns = torch.nonzero(row.abs() > 0).flatten()
        indices.append(columns)
        data.append(row[columns])
        count += columns.numel()
        indptr.append(count)
    ind = torch.cat(indices).to(torch.int64) if indices else torch.zeros(0, dtype=torch.int64, device=matrix.device)
    dat = torch.cat(data) if data else matrix.new_zeros(0)
    return torch.tensor(indptr, dtype=torch.int64, device=matrix.device), ind, dat
