# mistake: checks the bound with indices.max(), which raises on an all-zero matrix (nnz = 0)
# wrong on: csr_spmv(torch.tensor([0, 0, 0]), torch.zeros(0, dtype=torch.int64), torch.zeros(0), torch.ones(4)): raises RuntimeError instead of tensor([0., 0.])
# expect: csr_spmv
import torch


def csr_spmv(indptr: torch.Tensor, indices: torch.Tensor, data: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    """Sparse matrix times dense vector, ``y = A @ x``, for ``A`` in CSR form."""
    if indptr.dim() != 1 or indices.dim() != 1 or data.dim() != 1:
        raise ValueError("CSR arrays must be 1-D")
    if int(indptr[0]) != 0 or int(indptr[-1]) != len(data) or len(indices) != len(data):
        raise ValueError("inconsistent CSR arrays")
    if x.dim() != 1:
        raise ValueError("x must be 1-D")
    if x.dtype != data.dtype:
        raise ValueError("x must have data's dtype")
    if int(indices.max()) >= len(x):
        raise ValueError("column index out of range")
    R = len(indptr) - 1
    rows = torch.repeat_interleave(torch.arange(R, device=data.device), indptr.diff())
    y = torch.zeros(R, dtype=data.dtype, device=data.device)
    y.index_add_(0, rows, data * x[indices])
    return y
