# mistake: builds y with torch.stack of the per-row sums, which fails for a matrix with no rows (torch.stack of an empty list)
# wrong on: csr_spmv(torch.zeros(1, dtype=torch.int64), torch.zeros(0, dtype=torch.int64), torch.zeros(0, dtype=torch.float64), torch.ones(2, dtype=torch.float64)) raises RuntimeError instead of returning an empty float64 y
# expect: a matrix with no rows gives an empty y
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
    sums = []
    for row in range(indptr.numel() - 1):
        start, end = int(indptr[row]), int(indptr[row + 1])
        sums.append((data[start:end] * x[indices[start:end]]).sum())
    return torch.stack(sums)
