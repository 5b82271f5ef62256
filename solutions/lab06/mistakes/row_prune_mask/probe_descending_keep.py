# mistake: sorts descending (stable) and keeps the first in_features - count: ties keep the LOWER index
# expect: flattened
def row_prune_mask(scores, sparsity):
    validate_type("scores", scores, torch.Tensor)
    if not scores.is_floating_point():
        raise TypeError("scores must be floating")
    if scores.dim() != 2:
        raise ValueError("scores must be 2-D")
    sparsity = validate_fraction("sparsity", sparsity)
    count = int(scores.shape[1] * sparsity)
    order = torch.sort(scores.detach(), dim=1, descending=True, stable=True).indices[:, : scores.shape[1] - count]
    keep = torch.zeros(scores.shape, dtype=torch.bool, device=scores.device)
    return keep.scatter(1, order, True)
