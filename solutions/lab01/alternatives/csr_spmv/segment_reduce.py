# alternative: vectorised with torch.segment_reduce (sum over the row lengths indptr[i + 1] - indptr[i], initial 0 for empty rows), a matrix with no rows handled apart
def csr_spmv(indptr: torch.Tensor, indices: torch.Tensor, data: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    for name, array in (("indptr", indptr), ("indices", indices), ("data", data)):  # convention, signature order
        validate_type(name, array, torch.Tensor)
        if array.dim() != 1 or (name != "data" and array.dtype.is_floating_point):
            raise ValueError(f"{name} must be a 1-D tensor, indptr and indices of an integer dtype")
    if indptr.numel() == 0 or int(indptr[0]) != 0 or int(indptr[-1]) != data.numel() or indices.numel() != data.numel():
        raise ValueError("inconsistent CSR arrays")
    validate_type("x", x, torch.Tensor)
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
    if indptr.numel() == 1:
        return torch.zeros(0, dtype=data.dtype, device=data.device)
    lengths = indptr[1:] - indptr[:-1]
    return torch.segment_reduce(data * x[indices], "sum", lengths=lengths, initial=0)
