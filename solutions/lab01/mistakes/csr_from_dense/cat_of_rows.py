# mistake: concatenates the per-row pieces with torch.cat, which fails when the matrix has no rows (torch.cat of an empty list)
# wrong on: csr_from_dense(torch.zeros(0, 4)) raises RuntimeError instead of returning ([0], [], [])
# expect: indptr always has R + 1 entries (even for an empty
def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    if matrix.dim() != 2:
        raise ValueError(f"matrix must be 2-D, got shape {tuple(matrix.shape)}")
    matrix = matrix.detach()
    counts, indices, data = [], [], []
    for row in matrix:
        columns = torch.nonzero(row).flatten()
        indices.append(columns)
        data.append(row[columns])
        counts.append(columns.numel())
    indptr = torch.cumsum(torch.tensor([0] + counts, dtype=torch.int64, device=matrix.device), dim=0)
    return indptr, torch.cat(indices), torch.cat(data)
