# alternative: ranks by the sum of squares (no sqrt), float64
def filter_l2_mask(weight, sparsity):
    from utils.validation import validate_fraction, validate_type

    validate_type("weight", weight, torch.Tensor)
    if weight.ndim < 2:
        raise ValueError("weight must have at least 2 dims")
    sparsity = validate_fraction("sparsity", sparsity)
    m = weight.shape[0]
    squares = (weight.detach().to(torch.float64) ** 2).reshape(m, -1).sum(dim=1)
    k = round(sparsity * m)
    mask = torch.ones(weight.shape, dtype=weight.dtype, device=weight.device)
    for i in torch.argsort(squares, stable=True)[:k].tolist():
        mask[i] = 0
    return mask
