# alternative: torch.where for the error, then addr_ on a slice of the copy and index_copy_ for column c
def sparsegpt_column_step(
    block: torch.Tensor, hinv: torch.Tensor, pruned: torch.Tensor, column: int
) -> tuple[torch.Tensor, torch.Tensor]:
    if not isinstance(block, torch.Tensor) or not torch.is_floating_point(block):
        raise TypeError("block must be a floating-point tensor")
    if block.ndim != 2:
        raise ValueError("block must be 2-D")
    rows, cols = block.shape
    if not isinstance(hinv, torch.Tensor) or hinv.dtype != block.dtype:
        raise TypeError("hinv must be a tensor of block's dtype")
    if hinv.shape != (cols, cols):
        raise ValueError("hinv must be (columns, columns)")
    if not isinstance(pruned, torch.Tensor) or pruned.dtype != torch.bool:
        raise TypeError("pruned must be a bool tensor")
    if pruned.shape != (rows,):
        raise ValueError("pruned must be (rows,)")
    c = validate_int("column", column, 0, cols - 1)
    with torch.no_grad():
        out = block.detach().clone()
        w = block.detach()[:, c]
        d = hinv.detach()[c, c]
        err = torch.where(pruned, w / d, torch.zeros_like(w))
        q = torch.where(pruned, torch.zeros_like(w), w)
        out[:, c + 1 :].addr_(err, hinv.detach()[c, c + 1 :], alpha=-1)
        out.index_copy_(1, torch.tensor([c], device=out.device), q.unsqueeze(1))
    return out, err
