# mistake: sizes y by len(x) (assumes a square matrix) instead of by the number of rows len(indptr) - 1
# wrong on: csr_spmv(torch.tensor([0, 2]), torch.tensor([0, 1]), torch.tensor([1.0, 2.0]), torch.tensor([1.0, 1.0])): returns [3., 0.] (shape (2,)) instead of [3.] (shape (1,))
# expect: csr_spmv
def csr_spmv(indptr: torch.Tensor, indices: torch.Tensor, data: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    if x.dim() != 1:
        raise ValueError(f"x must be 1-D, got shape {tuple(x.shape)}")
    if x.dtype != data.dtype:
        raise ValueError(f"x must have data's dtype {data.dtype}, got {x.dtype}")
    if indptr.dim() != 1 or indices.dim() != 1 or data.dim() != 1 or indices.numel() != data.numel():
        raise ValueError("indptr, indices and data must be 1-D, indices and data of one length")
    if indptr.numel() == 0 or indptr[0] != 0 or indptr[-1] != data.numel():
        raise ValueError("indptr must start at 0 and end at len(data)")
    if indices.numel() and indices.max() >= x.numel():
        raise ValueError("a column index is >= len(x)")
    y = torch.zeros(x.numel(), dtype=data.dtype, device=data.device)
    for row in range(indptr.numel() - 1):
        start, end = int(indptr[row]), int(indptr[row + 1])
        y[row] = (data[start:end] * x[indices[start:end]]).sum()
    return y
