# mistake: multiplies the values in place (data.mul_(x[indices])) to save memory, so the caller's data array is overwritten with the products
# wrong on: after csr_spmv(indptr, indices, data, x) with data = [2., 1., 3., -4.] and x = [1., 2., 3., 4.], data is [4., 4., 3., -16.] instead of unchanged
# expect: the inputs must not change
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
    products = data.mul_(x[indices])
    y = torch.zeros(indptr.numel() - 1, dtype=data.dtype, device=data.device)
    for row in range(indptr.numel() - 1):
        y[row] = products[int(indptr[row]) : int(indptr[row + 1])].sum()
    return y
