# mistake: returns indptr as int32 (like scipy) instead of int64
# wrong on: csr_from_dense(torch.eye(2)): indptr dtype torch.int32 instead of torch.int64
# expect: csr_from_dense
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
    ind = torch.cat(indices).to(torch.int64) if indices else torch.zeros(0, dtype=torch.int64, device=matrix.device)
    dat = torch.cat(data) if data else matrix.new_zeros(0)
    return torch.tensor(indptr, dtype=torch.int32, device=matrix.device), ind, dat
