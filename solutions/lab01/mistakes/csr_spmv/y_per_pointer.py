# mistake: sizes y by len(indptr) instead of len(indptr) - 1, so y has one entry too many (a trailing 0)
# wrong on: csr_spmv([0, 2, 2, 4], [1, 3, 0, 3], [2., 1., 3., -4.], [1., 2., 3., 4.]) is [8., 0., -13., 0.] instead of [8., 0., -13.]
# expect: should have shape (3,)
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
    y = torch.zeros(indptr.numel(), dtype=data.dtype, device=data.device)
    for row in range(indptr.numel() - 1):
        start, end = int(indptr[row]), int(indptr[row + 1])
        y[row] = (data[start:end] * x[indices[start:end]]).sum()
    return y
