# alternative: plain Python ranking of (norm, index) pairs with torch.norm
def filter_l2_mask(weight, sparsity):
    from utils.validation import validate_fraction, validate_type

    validate_type("weight", weight, torch.Tensor)
    if weight.dim() < 2:
        raise ValueError("weight must have at least 2 dims")
    sparsity = validate_fraction("sparsity", sparsity)
    m = weight.shape[0]
    norms = [float(torch.norm(weight[i].detach())) for i in range(m)]
    k = round(sparsity * m)
    pruned = sorted(range(m), key=lambda i: (norms[i], i))[:k]
    mask = torch.ones_like(weight, memory_format=torch.contiguous_format)
    for i in pruned:
        mask[i] = 0
    return mask.detach()
