# mistake: never checks that the matrix is 2-D, so a 3-D tensor is walked as if its 2-D slices were rows and a garbage result comes back
# wrong on: csr_from_dense(torch.ones(2, 2, 2)) returns arrays instead of raising ValueError
# expect: not 2-D
def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    matrix = matrix.detach()
    indptr, indices, data = [0], [], []
    for number, row in enumerate(matrix):
        keep = row != 0
        columns = torch.nonzero(keep).flatten()
        indices.extend(columns.tolist())
        data.extend(row[columns].tolist())
        indptr.append(indptr[-1] + len(columns))
    return (
        torch.tensor(indptr, dtype=torch.int64, device=matrix.device),
        torch.tensor(indices, dtype=torch.int64, device=matrix.device),
        torch.tensor(data, dtype=matrix.dtype, device=matrix.device),
    )
