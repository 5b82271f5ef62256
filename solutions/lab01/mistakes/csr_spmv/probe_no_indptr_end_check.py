# mistake: does not check indptr[-1] == len(data)
# expect: ValueError


def csr_spmv(indptr, indices, data, x):
    for name, array in (("indptr", indptr), ("indices", indices), ("data", data)):
        validate_type(name, array, torch.Tensor)
        if array.dim() != 1 or (name != "data" and array.dtype.is_floating_point):
            raise ValueError(f"bad {name}")
    if indices.numel() != data.numel() or indptr.numel() == 0 or int(indptr[0]) != 0:
        raise ValueError("inconsistent CSR arrays")
    validate_type("x", x, torch.Tensor)
    if x.dim() != 1 or x.dtype != data.dtype:
        raise ValueError("bad x")
    if indices.numel() and int(indices.max()) >= x.numel():
        raise ValueError("index out of range")
    rows = torch.repeat_interleave(torch.arange(indptr.numel() - 1, device=data.device), torch.diff(indptr))
    y = torch.zeros(indptr.numel() - 1, dtype=data.dtype, device=data.device)
    return y.index_add_(0, rows, data * x[indices])
