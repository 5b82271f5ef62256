# alternative: norms as torch.sqrt((w ** 2).sum()) per filter in float64 (no float16 overflow), in a Python loop, then a stable sort
def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    from utils.validation import validate_fraction, validate_type

    validate_type("weight", weight, torch.Tensor)
    if weight.dim() < 2:
        raise ValueError("weight must have at least 2 dims")
    sparsity = validate_fraction("sparsity", sparsity)
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    w = weight.detach().double()
    norms = torch.stack([torch.sqrt((w[i] ** 2).sum()) for i in range(w.shape[0])])
    order = torch.sort(norms, stable=True).indices
    mask = torch.ones_like(weight)
    mask[order[: round(sparsity * w.shape[0])]] = 0
    return mask
