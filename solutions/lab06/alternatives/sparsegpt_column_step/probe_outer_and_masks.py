# alternative: err from w * pruned, torch.outer for the update, cat of the three column ranges
def sparsegpt_column_step(block, hinv, pruned, column):
    if not isinstance(block, torch.Tensor) or not block.is_floating_point():
        raise TypeError("block must be a floating tensor")
    if block.ndim != 2:
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
    if isinstance(column, bool) or not isinstance(column, (int, np.integer)):
        raise TypeError("column must be an int")
    if not 0 <= column < cols:
        raise ValueError("column out of range")
    c = int(column)
    b = block.detach()
    w = b[:, c]
    err = torch.where(pruned, w, torch.zeros_like(w)) / hinv.detach()[c, c]
    q = torch.where(pruned, torch.zeros_like(w), w)
    later = b[:, c + 1 :] - torch.outer(err, hinv.detach()[c, c + 1 :])
    new = torch.cat([b[:, :c], q.unsqueeze(1), later], dim=1).clone()
    return new, err.clone()
