# mistake: silently casts x to data's dtype instead of refusing a dtype mismatch
# wrong on: csr_spmv(torch.tensor([0, 1]), torch.tensor([0]), torch.tensor([2.0]), torch.tensor([3.0], dtype=torch.float64)): returns tensor([6.]) instead of raising ValueError
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
    x = x.to(data.dtype)
    if len(indices) and int(indices.max()) >= len(x):
        raise ValueError("column index out of range")
    R = len(indptr) - 1
    y = torch.zeros(R, dtype=data.dtype, device=data.device)
    for i in range(R):
        lo, hi = int(indptr[i]), int(indptr[i + 1])
        if hi > lo:
            y[i] = (data[lo:hi] * x[indices[lo:hi]]).sum()
    return y
