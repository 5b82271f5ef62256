# alternative: plain Python over matrix.tolist(), row by row, columns in ascending order; the lists become tensors with explicit dtypes
def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    validate_type("matrix", matrix, torch.Tensor)  # the course's argument convention
    if matrix.dim() != 2:
        raise ValueError(f"matrix must be 2-D, got shape {tuple(matrix.shape)}")
    indptr, indices, data = [0], [], []
    for row in matrix.detach().tolist():
        for column, value in enumerate(row):
            if value != 0:
                indices.append(column)
                data.append(value)
        indptr.append(len(data))
    device = matrix.device
    return (
        torch.tensor(indptr, dtype=torch.int64, device=device),
        torch.tensor(indices, dtype=torch.int64, device=device),
        torch.tensor(data, dtype=matrix.dtype, device=device),
    )
