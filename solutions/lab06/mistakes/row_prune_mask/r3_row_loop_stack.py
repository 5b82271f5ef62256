# mistake: builds the mask row by row with torch.stack, which fails on zero rows
# expect: zero rows
def row_prune_mask(scores: torch.Tensor, sparsity: float) -> torch.Tensor:
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating-point")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    sparsity = validate_fraction("sparsity", sparsity)
    k = int(scores.shape[1] * float(sparsity))
    order = torch.sort(scores.detach(), dim=1, stable=True).indices
    rows = []
    for r in range(scores.shape[0]):
        row = torch.ones(scores.shape[1], dtype=torch.bool, device=scores.device)
        row[order[r, :k]] = False
        rows.append(row)
    return torch.stack(rows)
