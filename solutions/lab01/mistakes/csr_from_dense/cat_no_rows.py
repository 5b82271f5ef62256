# mistake: loops over the rows and torch.cat's the per-row pieces without a guard, so a matrix with no rows crashes
# wrong on: csr_from_dense(torch.zeros(0, 3)): raises (torch.cat(): expected a non-empty list of Tensors) instead of returning (tensor([0]), an empty int64 tensor, an empty float32 tensor)
# expect: empty
def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    if matrix.dim() != 2:
        raise ValueError(f"matrix must be 2-D, got shape {tuple(matrix.shape)}")
    matrix = matrix.detach()
    indptr, indices, data = [0], [], []
    for row in matrix:
        columns = torch.nonzero(row).flatten()
        indices.append(columns)
        data.append(row[columns])
        indptr.append(indptr[-1] + columns.numel())
    return (
        torch.tensor(indptr, dtype=torch.int64, device=matrix.device),
        torch.cat(indices).to(torch.int64),
        torch.cat(data),
    )
