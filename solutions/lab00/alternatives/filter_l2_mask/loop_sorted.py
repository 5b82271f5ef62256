# alternative: a Python loop over the filters: one L2 norm per filter, sorted() by (norm, index), then zero the chosen filters of a ones mask
def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    from utils.validation import validate_fraction, validate_type

    validate_type("weight", weight, torch.Tensor)
    if weight.dim() < 2:
        raise ValueError("weight must have at least 2 dims")
    sparsity = validate_fraction("sparsity", sparsity)
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    n_filters = weight.shape[0]
    norms = [float(torch.linalg.vector_norm(weight[i].detach().flatten(), ord=2)) for i in range(n_filters)]
    k = round(sparsity * n_filters)
    mask = torch.ones(weight.shape, dtype=weight.dtype, device=weight.device)
    for i in sorted(range(n_filters), key=lambda i: (norms[i], i))[:k]:
        mask[i] = 0
    return mask
