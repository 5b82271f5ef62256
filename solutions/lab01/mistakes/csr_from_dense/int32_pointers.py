# mistake: stores indptr and indices as torch.int32 (scipy's default index dtype for small matrices) instead of torch.int64
# wrong on: csr_from_dense(torch.tensor([[0.0, 2.0], [3.0, 0.0]])): indptr and indices have dtype torch.int32 instead of torch.int64
# expect: csr_from_dense
def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    if matrix.dim() != 2:
        raise ValueError(f"matrix must be 2-D, got shape {tuple(matrix.shape)}")
    matrix = matrix.detach()
    mask = matrix != 0
    rows, cols = torch.where(mask)
    indptr = torch.zeros(matrix.shape[0] + 1, dtype=torch.int32, device=matrix.device)
    indptr[1:] = torch.cumsum(mask.sum(dim=1), 0)
    return indptr, cols.to(torch.int32), matrix[rows, cols]
