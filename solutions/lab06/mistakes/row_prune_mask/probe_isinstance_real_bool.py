# mistake: checks isinstance(sparsity, (int, float)): accepts True, rejects numpy float32
# expect: TypeError
def row_prune_mask(scores, sparsity):
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    if not isinstance(sparsity, (int, float)):
        raise TypeError("sparsity")
    if not 0 <= sparsity <= 1:
        raise ValueError("sparsity")
    count = int(scores.shape[1] * sparsity)
    order = torch.sort(scores.detach(), dim=1, stable=True).indices[:, :count]
    keep = torch.ones(scores.shape, dtype=torch.bool, device=scores.device)
    return keep.scatter(1, order, False)
