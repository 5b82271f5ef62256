# mistake: no x dtype check (float32 x with float64 data silently promoted)
# expect: csr_spmv
def csr_spmv(indptr, indices, data, x):
    for name, t in (("indptr", indptr), ("indices", indices)):
        validate_type(name, t, torch.Tensor)
        if t.dim() != 1 or t.is_floating_point() or t.is_complex() or t.dtype == torch.bool:
            raise ValueError(name)
    validate_type("data", data, torch.Tensor)
    if data.dim() != 1:
        raise ValueError("data")
    if len(indptr) == 0 or int(indptr[0]) != 0 or int(indptr[-1]) != len(data) or len(indices) != len(data):
        raise ValueError("inconsistent CSR arrays")
    validate_type("x", x, torch.Tensor)
    if x.dim() != 1:
        raise ValueError("x")
    if len(indices) and int(indices.max()) >= len(x):
        raise ValueError("index out of range")
    rows = torch.repeat_interleave(
        torch.arange(len(indptr) - 1, device=data.device), torch.diff(indptr).to(torch.int64)
    )
    y = torch.zeros(len(indptr) - 1, dtype=data.dtype, device=data.device)
    y.index_add_(0, rows, (data * x[indices.to(torch.int64)]).to(data.dtype))
    return y
