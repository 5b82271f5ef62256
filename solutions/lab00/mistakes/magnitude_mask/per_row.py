# mistake: prunes round(sparsity * row length) entries in every row instead of round(sparsity * numel) over the whole tensor
# wrong on: magnitude_mask(torch.tensor([[0.5, -2.0, 0.1], [3.0, -0.2, 1.0]]), 0.5): prunes 2 entries per row (4 in all) instead of 3 over the tensor
# expect: not per row
def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    rows = weight.detach().abs().reshape(weight.shape[0] if weight.dim() > 1 else 1, -1)
    k = round(sparsity * rows.shape[1])
    order = torch.argsort(rows, dim=1, stable=True)
    mask = torch.ones_like(rows)
    mask.scatter_(1, order[:, :k], 0.0)
    return mask.reshape(weight.shape)
