# mistake: computes err from block (not detached), so err carries autograd history
# expect: requires_grad
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
    new = block.detach().clone()
    w = new[:, column].clone()
    q = torch.where(pruned, torch.zeros_like(w), w)
    err = torch.where(pruned, block[:, column], torch.zeros_like(block[:, column])) / hinv[column, column]
    new[:, column + 1 :] -= err.unsqueeze(1) * hinv[column, column + 1 :].detach().unsqueeze(0)
    new[:, column] = q
    return new, err
