# mistake: selects entries with matrix.abs() > 0, which drops NaN (NaN must be stored)
# wrong on: csr_from_dense(torch.tensor([[float('nan'), 1.0]])): indptr [0, 1], indices [1] instead of [0, 2], [0, 1] with data [nan, 1.]
# expect: NaN
def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    if matrix.dim() != 2:
        raise ValueError(f"matrix must be 2-D, got shape {tuple(matrix.shape)}")
    matrix = matrix.detach()
    mask = matrix.abs() > 0
    rows, cols = torch.where(mask)
    counts = mask.sum(dim=1)
    indptr = torch.zeros(matrix.shape[0] + 1, dtype=torch.int64, device=matrix.device)
    indptr[1:] = torch.cumsum(counts, 0)
    return indptr, cols.to(torch.int64), matrix[rows, cols]
