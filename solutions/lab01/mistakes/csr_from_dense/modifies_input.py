# mistake: "normalises" -0.0 to 0.0 in place first (masked_fill_ on matrix.detach(), which shares memory with the caller's matrix), so the input is modified
# wrong on: after csr_from_dense(m) with m = torch.tensor([[-0.0, 2.0]]), m is [[0.0, 2.0]] instead of unchanged [[-0.0, 2.0]]
# expect: the input must not change
def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    if matrix.dim() != 2:
        raise ValueError(f"matrix must be 2-D, got shape {tuple(matrix.shape)}")
    matrix = matrix.detach()
    matrix.masked_fill_(matrix == 0, 0)
    indptr, indices, data = [0], [], []
    for row in matrix:
        columns = torch.nonzero(row).flatten()
        indices.extend(columns.tolist())
        data.extend(row[columns].tolist())
        indptr.append(indptr[-1] + columns.numel())
    return (
        torch.tensor(indptr, dtype=torch.int64, device=matrix.device),
        torch.tensor(indices, dtype=torch.int64, device=matrix.device),
        torch.tensor(data, dtype=matrix.dtype, device=matrix.device),
    )
