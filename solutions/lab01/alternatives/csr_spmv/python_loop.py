# alternative: plain Python over tolist() copies of the arrays, summing each row's products in a float accumulator
def csr_spmv(indptr: torch.Tensor, indices: torch.Tensor, data: torch.Tensor, x: torch.Tensor) -> torch.Tensor:
    for name, array in (("indptr", indptr), ("indices", indices), ("data", data)):  # convention, signature order
        validate_type(name, array, torch.Tensor)
        if array.dim() != 1 or (name != "data" and array.dtype.is_floating_point):
            raise ValueError(f"{name} must be a 1-D tensor, indptr and indices of an integer dtype")
    if indptr.numel() == 0 or int(indptr[0]) != 0 or int(indptr[-1]) != data.numel() or indices.numel() != data.numel():
        raise ValueError("inconsistent CSR arrays")
    validate_type("x", x, torch.Tensor)
    if x.dim() != 1:
        raise ValueError("x must be 1-D")
    if x.dtype != data.dtype:
        raise ValueError("x must have data's dtype")
    if indptr.dim() != 1 or indices.dim() != 1 or data.dim() != 1:
        raise ValueError("the CSR arrays must be 1-D")
    pointers, columns, values, vector = indptr.tolist(), indices.tolist(), data.tolist(), x.tolist()
    if len(columns) != len(values) or not pointers or pointers[0] != 0 or pointers[-1] != len(values):
        raise ValueError("inconsistent CSR arrays")
    if any(column >= len(vector) for column in columns):
        raise ValueError("a column index is >= len(x)")
    y = []
    for row in range(len(pointers) - 1):
        total = 0.0
        for j in range(pointers[row], pointers[row + 1]):
            total += values[j] * vector[columns[j]]
        y.append(total)
    return torch.tensor(y, dtype=data.dtype, device=data.device)
