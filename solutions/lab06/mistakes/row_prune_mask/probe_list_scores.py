# mistake: a list for scores raises AttributeError, not TypeError
# expect: TypeError
def row_prune_mask(scores, sparsity):
    if not scores.is_floating_point():
        raise TypeError("scores must be floating")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    sparsity = validate_fraction("sparsity", sparsity)
    count = int(scores.shape[1] * sparsity)
    order = torch.sort(scores.detach(), dim=1, stable=True).indices[:, :count]
    keep = torch.ones(scores.shape, dtype=torch.bool, device=scores.device)
    return keep.scatter(1, order, False)
