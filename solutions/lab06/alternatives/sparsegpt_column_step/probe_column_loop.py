# alternative: explicit loop over the later columns, update in float64 then cast back to block's dtype
def sparsegpt_column_step(block, hinv, pruned, column):
    validate_type("block", block, torch.Tensor)
    if not block.is_floating_point():
        raise TypeError("block must be floating")
    if block.dim() != 2:
        raise ValueError("block must be 2-D")
    rows, cols = block.shape
    validate_type("hinv", hinv, torch.Tensor)
    if hinv.dtype != block.dtype:
        raise TypeError("hinv dtype")
    if tuple(hinv.shape) != (cols, cols):
        raise ValueError("hinv shape")
    validate_type("pruned", pruned, torch.Tensor)
    if pruned.dtype != torch.bool:
        raise TypeError("pruned dtype")
    if tuple(pruned.shape) != (rows,):
        raise ValueError("pruned shape")
    column = validate_int("column", column, minimum=0, maximum=cols - 1)
    new = torch.empty_like(block, memory_format=torch.contiguous_format).copy_(block.detach())
    w = new[:, column].clone()
    q = w.masked_fill(pruned, 0.0)
    d = hinv.detach()[column, column]
    err = (w - q) / d
    for k in range(column + 1, cols):
        new[:, k] = (new[:, k].double() - err.double() * hinv.detach()[column, k].double()).to(block.dtype)
    new[:, column] = q
    return new, err
