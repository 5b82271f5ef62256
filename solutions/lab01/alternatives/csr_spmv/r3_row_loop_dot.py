# alternative: loop over rows with torch.dot
def csr_spmv(indptr, indices, data, x):
    for name, t in (("indptr", indptr), ("indices", indices)):
        if not isinstance(t, torch.Tensor):
            raise TypeError(name)
        if t.ndim != 1 or t.dtype not in (torch.int8, torch.int16, torch.int32, torch.int64, torch.uint8):
            raise ValueError(name)
    if not isinstance(data, torch.Tensor):
        raise TypeError("data")
    if data.ndim != 1:
        raise ValueError("data")
    if (
        indptr.numel() < 1
        or indptr[0].item() != 0
        or indptr[-1].item() != data.numel()
        or indices.numel() != data.numel()
    ):
        raise ValueError("csr")
    if not isinstance(x, torch.Tensor):
        raise TypeError("x")
    if x.ndim != 1 or x.dtype != data.dtype:
        raise ValueError("x")
    if indices.numel() and indices.max().item() >= x.numel():
        raise ValueError("index")
    p = indptr.tolist()
    y = torch.zeros(len(p) - 1, dtype=data.dtype, device=data.device)
    for i in range(len(p) - 1):
        a, b = p[i], p[i + 1]
        if b > a:
            y[i] = torch.dot(data[a:b], x[indices[a:b].long()])
    return y
