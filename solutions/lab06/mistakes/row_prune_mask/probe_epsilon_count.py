# mistake: adds an epsilon before int(): int(100 * 0.29 + 1e-9) == 29
# expect: flattened
def row_prune_mask(scores, sparsity):
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    sparsity = validate_fraction("sparsity", sparsity)
    count = int(scores.shape[1] * sparsity + 1e-9)
    order = torch.sort(scores.detach(), dim=1, stable=True).indices[:, :count]
    keep = torch.ones(scores.shape, dtype=torch.bool, device=scores.device)
    return keep.scatter(1, order, False)
