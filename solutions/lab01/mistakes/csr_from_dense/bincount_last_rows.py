# mistake: row counts from torch.bincount(rows) without minlength=R, so empty rows at the bottom get no pointer
# wrong on: csr_from_dense(torch.tensor([[1.0, 0.0], [0.0, 0.0]])): indptr [0, 1] instead of [0, 1, 1]
# expect: R + 1
def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    if matrix.dim() != 2:
        raise ValueError(f"matrix must be 2-D, got shape {tuple(matrix.shape)}")
    matrix = matrix.detach()
    rows, cols = torch.where(matrix != 0)
    counts = torch.bincount(rows)
    indptr = torch.cat([torch.zeros(1, dtype=torch.int64, device=matrix.device), torch.cumsum(counts, 0)])
    return indptr, cols.to(torch.int64), matrix[rows, cols]
