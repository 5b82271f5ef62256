# alternative: the official inner loop: q = w.clone(); q[pruned] = 0; update columns c onwards, then overwrite column c with q
def sparsegpt_column_step(
    block: torch.Tensor, hinv: torch.Tensor, pruned: torch.Tensor, column: int
) -> tuple[torch.Tensor, torch.Tensor]:
    validate_type("block", block, torch.Tensor)
    if not block.dtype.is_floating_point:
        raise TypeError("block must be floating-point")
    if block.dim() != 2:
        raise ValueError("block must be 2-D")
    validate_type("hinv", hinv, torch.Tensor)
    if hinv.dtype != block.dtype:
        raise TypeError("hinv must have block's dtype")
    if hinv.dim() != 2 or hinv.shape[0] != block.shape[1] or hinv.shape[1] != block.shape[1]:
        raise ValueError("hinv must be (columns, columns)")
    validate_type("pruned", pruned, torch.Tensor)
    if pruned.dtype is not torch.bool:
        raise TypeError("pruned must be bool")
    if pruned.dim() != 1 or pruned.shape[0] != block.shape[0]:
        raise ValueError("pruned must be (rows,)")
    i = validate_int("column", column, minimum=0, maximum=block.shape[1] - 1)
    W1 = block.detach().clone()
    Hinv1 = hinv.detach()
    w = W1[:, i]
    d = Hinv1[i, i]
    q = w.clone()
    q[pruned] = 0
    err1 = (w - q) / d
    W1[:, i:] -= err1.unsqueeze(1).matmul(Hinv1[i, i:].unsqueeze(0))
    W1[:, i] = q
    return W1, err1
