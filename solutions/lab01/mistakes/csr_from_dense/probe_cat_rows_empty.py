# mistake: torch.cat over the rows fails for a matrix with 0 rows
# expect: raised


def csr_from_dense(matrix):
    validate_type("matrix", matrix, torch.Tensor)
    if matrix.dim() != 2:
        raise ValueError("matrix must be 2-D")
    matrix = matrix.detach()
    indptr, indices, data = [0], [], []
    for row in matrix:
        columns = torch.nonzero(row).flatten()
        indices.append(columns)
        data.append(row[columns])
        indptr.append(indptr[-1] + columns.numel())
    return torch.tensor(indptr, dtype=torch.int64), torch.cat(indices), torch.cat(data)
