# mistake: marks pruned scores with inf in place on a detached view, modifying the caller's scores
# expect: unchanged
def row_prune_mask(scores, sparsity):
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    sparsity = validate_fraction("sparsity", sparsity)
    count = int(scores.shape[1] * sparsity)
    s = scores.detach()
    order = torch.sort(s, dim=1, stable=True).indices[:, :count]
    s.scatter_(1, order, float("-inf"))
    return s != float("-inf")
