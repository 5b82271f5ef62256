# alternative: multiplies by the reciprocal of hinv[c, c] and does the update in float64, then casts back to block's dtype
def sparsegpt_column_step(
    block: torch.Tensor, hinv: torch.Tensor, pruned: torch.Tensor, column: int
) -> tuple[torch.Tensor, torch.Tensor]:
    validate_type("block", block, torch.Tensor)
    if not block.is_floating_point():
        raise TypeError("block must be floating-point")
    if block.dim() != 2:
        raise ValueError("block must be 2-D")
    rows, columns = block.shape
    validate_type("hinv", hinv, torch.Tensor)
    if hinv.dtype != block.dtype:
        raise TypeError("hinv must have block's dtype")
    if tuple(hinv.shape) != (columns, columns):
        raise ValueError("hinv must be (columns, columns)")
    validate_type("pruned", pruned, torch.Tensor)
    if pruned.dtype != torch.bool:
        raise TypeError("pruned must be bool")
    if tuple(pruned.shape) != (rows,):
        raise ValueError("pruned must be (rows,)")
    column = validate_int("column", column, 0, columns - 1)
    wide = block.detach().double()
    h = hinv.detach().double()
    w = wide[:, column]
    q = torch.where(pruned, torch.zeros_like(w), w)
    err = (w - q) * (1.0 / h[column, column])
    wide[:, column + 1 :] = wide[:, column + 1 :] - torch.outer(err, h[column, column + 1 :])
    wide[:, column] = q
    return wide.to(block.dtype), err.to(block.dtype)
