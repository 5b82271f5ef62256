# alternative: NumPy on the CPU: np.nonzero for (row, column) pairs, np.searchsorted(rows, 0..R) for the row pointers
import numpy as np


def csr_from_dense(matrix: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    validate_type("matrix", matrix, torch.Tensor)  # the course's argument convention
    if matrix.dim() != 2:
        raise ValueError(f"matrix must be 2-D, got shape {tuple(matrix.shape)}")
    array = matrix.detach().cpu().numpy()
    rows, cols = np.nonzero(array)
    indptr = np.searchsorted(rows, np.arange(array.shape[0] + 1), side="left")
    device = matrix.device
    return (
        torch.from_numpy(indptr.astype(np.int64)).to(device),
        torch.from_numpy(cols.astype(np.int64)).to(device),
        torch.from_numpy(array[rows, cols].copy()).to(device),
    )
