# alternative: accumulates in float64 with scatter_add, then casts back


def csr_spmv(indptr, indices, data, x):
    for name, array in (("indptr", indptr), ("indices", indices), ("data", data)):
        validate_type(name, array, torch.Tensor)
        if array.dim() != 1 or (name != "data" and array.dtype.is_floating_point):
            raise ValueError(f"bad {name}")
    if indices.numel() != data.numel() or indptr.numel() == 0 or int(indptr[0]) != 0 or int(indptr[-1]) != data.numel():
        raise ValueError("inconsistent CSR arrays")
    validate_type("x", x, torch.Tensor)
    if x.dim() != 1 or x.dtype != data.dtype:
        raise ValueError("bad x")
    if indices.numel() and int(indices.max()) >= x.numel():
        raise ValueError("index out of range")
    counts = (indptr[1:] - indptr[:-1]).long()
    rows = torch.arange(counts.numel(), device=data.device).repeat_interleave(counts)
    products = data.double() * x.double()[indices.long()]
    y = torch.zeros(counts.numel(), dtype=torch.float64, device=data.device).scatter_add_(0, rows, products)
    return y.to(data.dtype)
