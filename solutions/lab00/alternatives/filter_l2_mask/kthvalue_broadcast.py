# alternative: norms with torch.linalg.vector_norm over dims 1.., torch.kthvalue threshold with cumsum tie-breaking, then a broadcast multiply
def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    from utils.validation import validate_fraction, validate_type

    validate_type("weight", weight, torch.Tensor)
    if weight.dim() < 2:
        raise ValueError("weight must have at least 2 dims")
    sparsity = validate_fraction("sparsity", sparsity)
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    w = weight.detach()
    norms = torch.linalg.vector_norm(w, ord=2, dim=tuple(range(1, w.dim())))
    k = round(sparsity * w.shape[0])
    pruned = torch.zeros_like(norms, dtype=torch.bool)
    if k > 0:
        threshold = torch.kthvalue(norms, k).values
        tied = norms == threshold
        room = k - int((norms < threshold).sum())
        pruned = (norms < threshold) | (tied & (torch.cumsum(tied.long(), 0) <= room))
    keep = (~pruned).to(weight.dtype).view(-1, *([1] * (w.dim() - 1)))
    return torch.ones_like(w) * keep
