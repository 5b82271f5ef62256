# alternative: vectorised torch: repeat_interleave gives each entry's row, index_add_ sums the products into a zero y
def csr_spmv(indptr: torch.Tensor, indices: torch.Tensor, data: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    for name, array in (("indptr", indptr), ("indices", indices), ("data", data)):  # convention, signature order
        validate_type(name, array, torch.Tensor)
        if array.dim() != 1 or (name != "data" and array.dtype.is_floating_point):
            raise ValueError(f"{name} must be a 1-D tensor, indptr and indices of an integer dtype")
    if indptr.numel() == 0 or int(indptr[0]) != 0 or int(indptr[-1]) != data.numel() or indices.numel() != data.numel():
        raise ValueError("inconsistent CSR arrays")
    validate_type("x", x, torch.Tensor)
    if x.dim() != 1 or x.dtype != data.dtype:
        raise ValueError("x must be a 1-D tensor with data's dtype")
    if not (indptr.dim() == indices.dim() == data.dim() == 1) or indices.shape != data.shape:
        raise ValueError("indptr, indices and data must be 1-D, indices and data of one length")
    if len(indptr) < 1 or int(indptr[0]) != 0 or int(indptr[-1]) != len(data):
        raise ValueError("indptr must start at 0 and end at len(data)")
    if len(indices) > 0 and int(indices.max()) >= len(x):
        raise ValueError("a column index is >= len(x)")
    rows = torch.repeat_interleave(torch.arange(len(indptr) - 1, device=data.device), torch.diff(indptr))
    y = torch.zeros(len(indptr) - 1, dtype=data.dtype, device=data.device)
    return y.index_add_(0, rows, data * x[indices])
