# mistake: validates the shape with assert, which raises AssertionError (and vanishes under python -O) instead of ValueError
# wrong on: csr_from_dense(torch.zeros(3)): AssertionError instead of ValueError
# expect: csr_from_dense
def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    assert matrix.dim() == 2, f"matrix must be 2-D, got shape {tuple(matrix.shape)}"
    matrix = matrix.detach()
    mask = matrix != 0
    rows, cols = torch.where(mask)
    indptr = torch.zeros(matrix.shape[0] + 1, dtype=torch.int64, device=matrix.device)
    indptr[1:] = torch.cumsum(mask.sum(dim=1), 0)
    return indptr, cols.to(torch.int64), matrix[rows, cols]
