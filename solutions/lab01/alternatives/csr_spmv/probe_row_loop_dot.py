# alternative: loop over rows with torch.dot


def csr_spmv(indptr, indices, data, x):
    for name, array in (("indptr", indptr), ("indices", indices), ("data", data)):
        validate_type(name, array, torch.Tensor)
        if array.dim() != 1 or (name != "data" and array.dtype.is_floating_point):
            raise ValueError(f"bad {name}")
    if len(indices) != len(data) or len(indptr) == 0 or indptr[0] != 0 or indptr[-1] != len(data):
        raise ValueError("inconsistent CSR arrays")
    validate_type("x", x, torch.Tensor)
    if x.dim() != 1 or x.dtype != data.dtype:
        raise ValueError("bad x")
    if len(indices) and indices.max() >= len(x):
        raise ValueError("index out of range")
    y = torch.zeros(len(indptr) - 1, dtype=data.dtype, device=data.device)
    for r in range(len(indptr) - 1):
        a, b = int(indptr[r]), int(indptr[r + 1])
        if b > a:
            y[r] = torch.dot(data[a:b], x[indices[a:b]])
    return y
