# alternative: builds the new block from three pieces with torch.cat (earlier columns, q, corrected later columns)
def sparsegpt_column_step(
    block: torch.Tensor, hinv: torch.Tensor, pruned: torch.Tensor, column: int
) -> tuple[torch.Tensor, torch.Tensor]:
    validate_type("block", block, torch.Tensor)
    if not torch.is_floating_point(block):
        raise TypeError("block must be floating-point")
    if block.dim() != 2:
        raise ValueError("block must be 2-D")
    rows, columns = block.shape
    validate_type("hinv", hinv, torch.Tensor)
    if hinv.dtype != block.dtype:
        raise TypeError("hinv must be of block's dtype")
    if tuple(hinv.shape) != (columns, columns):
        raise ValueError("hinv has the wrong shape")
    validate_type("pruned", pruned, torch.Tensor)
    if pruned.dtype != torch.bool:
        raise TypeError("pruned must be a bool tensor")
    if tuple(pruned.shape) != (rows,):
        raise ValueError("pruned has the wrong shape")
    c = validate_int("column", column, 0, columns - 1)
    b = block.detach()
    h = hinv.detach()
    w = b[:, c]
    q = w.masked_fill(pruned, 0.0)
    err = (w - q) / h[c, c]
    later = b[:, c + 1 :] - err[:, None] * h[c, c + 1 :][None, :]
    new = torch.cat([b[:, :c].clone(), q[:, None], later], dim=1)
    return new, err
