# mistake: checks every argument's type before any shape (signature order broken)
# expect: ValueError
def sparsegpt_column_step(block, hinv, pruned, column):
    validate_type("block", block, torch.Tensor)
    if not block.is_floating_point():
        raise TypeError("block must be floating")
    validate_type("hinv", hinv, torch.Tensor)
    if block.dim() != 2:
        raise ValueError("block must be 2-D")
    rows, cols = block.shape
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
    new = block.detach().clone()
    h = hinv.detach()
    w = new[:, column].clone()
    q = torch.where(pruned, torch.zeros_like(w), w)
    err = (w - q) / h[column, column]
    new[:, column + 1 :] -= err.unsqueeze(1) * h[column, column + 1 :].unsqueeze(0)
    new[:, column] = q
    return new, err
