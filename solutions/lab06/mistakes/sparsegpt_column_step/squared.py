# mistake: divides by hinv[c, c] squared
# expect: squared
def sparsegpt_column_step(
    block: torch.Tensor, hinv: torch.Tensor, pruned: torch.Tensor, column: int
) -> tuple[torch.Tensor, torch.Tensor]:
    """One column of SparseGPT's loop: prune or keep each row's weight in ``column``, and update the later columns.

    With ``w = block[:, column]`` and ``q = w`` where ``pruned`` is False and ``0.0`` where it is True:
    ``err = (w - q) / hinv[column, column]``; every later column ``k > column`` becomes ``block[:, k] - err *
    hinv[column, k]``; column ``column`` becomes ``q`` (pruned entries exactly 0.0, kept ones bit-identical to
    ``w``); earlier columns are copied unchanged. Only ``hinv[column, column:]`` is read (entries below the
    diagonal, and other rows, are ignored). Computed in ``block``'s dtype; the update's rounding is checked with
    rtol 1e-5, atol 1e-6.

    Args:
        block: ``(rows, columns)`` floating-point weights of the current block; not modified.
        hinv: ``(columns, columns)`` tensor of ``block``'s dtype, the block of the upper Cholesky factor of
            ``H^-1``; not modified.
        pruned: ``(rows,)`` bool tensor, True where this column's weight is pruned; not modified.
        column: index of the column to process, an int in ``[0, columns - 1]``.

    Returns:
        ``(new_block, err)``: a new tensor of ``block``'s shape, dtype and device (sharing no memory with it), and
        ``err`` of shape ``(rows,)`` and ``block``'s dtype; neither carries autograd history.

    Raises:
        TypeError: if ``block`` is not a floating-point tensor; if ``hinv`` is not a tensor of ``block``'s dtype;
            if ``pruned`` is not a bool tensor; if ``column`` is not an int (a bool is not).
        ValueError: if ``block`` is not 2-D; if ``hinv``'s shape is not ``(columns, columns)``; if ``pruned``'s
            shape is not ``(rows,)``; if ``column`` is outside ``[0, columns - 1]``.
    """
    check_type("block", block, torch.Tensor)
    if not block.is_floating_point():
        raise TypeError(f"block must be a floating-point tensor, got {block.dtype}")
    if block.dim() != 2:
        raise ValueError(f"block must be 2-D, got shape {tuple(block.shape)}")
    rows, columns = block.shape
    check_type("hinv", hinv, torch.Tensor)
    if hinv.dtype != block.dtype:
        raise TypeError(f"hinv must have block's dtype {block.dtype}, got {hinv.dtype}")
    if tuple(hinv.shape) != (columns, columns):
        raise ValueError(f"hinv must have shape {(columns, columns)}, got {tuple(hinv.shape)}")
    check_type("pruned", pruned, torch.Tensor)
    if pruned.dtype != torch.bool:
        raise TypeError(f"pruned must be a bool tensor, got {pruned.dtype}")
    if tuple(pruned.shape) != (rows,):
        raise ValueError(f"pruned must have shape {(rows,)}, got {tuple(pruned.shape)}")
    column = check_int("column", column, minimum=0, maximum=columns - 1)
    new_block = block.detach().clone()
    hinv = hinv.detach()
    w = new_block[:, column].clone()
    q = torch.where(pruned, torch.zeros_like(w), w)
    err = (w - q) / hinv[column, column] ** 2
    new_block[:, column + 1 :] -= err.unsqueeze(1) * hinv[column, column + 1 :].unsqueeze(0)
    new_block[:, column] = q
    return new_block, err
