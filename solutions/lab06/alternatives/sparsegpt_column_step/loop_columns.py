# alternative: a loop over the later columns
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
    if not isinstance(block, torch.Tensor) or not block.is_floating_point():
        raise TypeError("block must be a floating-point tensor")
    if block.dim() != 2:
        raise ValueError("block must be 2-D")
    rows, cols = block.shape
    if not isinstance(hinv, torch.Tensor) or hinv.dtype != block.dtype:
        raise TypeError("hinv must be a tensor of block's dtype")
    if hinv.shape != (cols, cols):
        raise ValueError("hinv shape")
    if not isinstance(pruned, torch.Tensor) or pruned.dtype != torch.bool:
        raise TypeError("pruned must be a bool tensor")
    if pruned.shape != (rows,):
        raise ValueError("pruned shape")
    column = validate_int("column", column, minimum=0, maximum=cols - 1)
    new = block.detach().clone()
    d = hinv[column, column].detach()
    err = torch.where(pruned, new[:, column], torch.zeros_like(new[:, column])) / d
    for k in range(column + 1, cols):
        new[:, k] = new[:, k] - err * hinv[column, k].detach()
    new[:, column] = torch.where(pruned, torch.zeros_like(err), new[:, column])
    return new, err
