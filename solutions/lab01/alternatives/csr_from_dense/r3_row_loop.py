# alternative: a Python loop over rows with torch.nonzero per row
def csr_from_dense(matrix):
    if not isinstance(matrix, torch.Tensor):
        raise TypeError("matrix")
    if matrix.ndim != 2:
        raise ValueError("matrix")
    ptr = [0]
    idx, dat = [], []
    for r in range(matrix.shape[0]):
        row = matrix[r]
        cols = torch.nonzero(row != 0).reshape(-1)
        idx.append(cols)
        dat.append(row[cols])
        ptr.append(ptr[-1] + len(cols))
    dev = matrix.device
    indices = torch.cat(idx).to(torch.int64) if idx else torch.zeros(0, dtype=torch.int64, device=dev)
    data = torch.cat(dat) if dat else torch.zeros(0, dtype=matrix.dtype, device=dev)
    return torch.tensor(ptr, dtype=torch.int64, device=dev), indices, data
