# mistake: builds indices/data by torch.cat over a per-row list, which fails when the matrix has no rows
# wrong on: csr_from_dense(torch.zeros(0, 3)): raises ValueError (torch.cat of an empty list) instead of (tensor([0]), empty int64, empty float32)
# expect: empty
import torch


def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """Compressed sparse row (CSR) arrays of a matrix, equal to ``scipy.sparse.csr_array``'s."""
    if matrix.dim() != 2:
        raise ValueError("matrix must be 2-D")
    R = matrix.shape[0]
    indptr = [0]
    all_indices, all_data = [], []
    for i in range(R):
        row = matrix[i]
        cols = torch.nonzero(row != 0).flatten()
        all_indices.append(cols)
        all_data.append(row[cols])
        indptr.append(indptr[-1] + len(cols))
    indptr = torch.tensor(indptr, dtype=torch.int64, device=matrix.device)
    return indptr, torch.cat(all_indices).to(torch.int64), torch.cat(all_data)
