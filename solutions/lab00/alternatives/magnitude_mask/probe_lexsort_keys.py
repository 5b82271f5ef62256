# alternative: sorts by |w| in float64 with the flat index as an explicit secondary key
def magnitude_mask(weight, sparsity):
    from utils.validation import validate_fraction, validate_type

    validate_type("weight", weight, torch.Tensor)
    sparsity = validate_fraction("sparsity", sparsity)
    flat = weight.detach().reshape(-1).to(torch.float64).abs()
    n = flat.numel()
    k = round(sparsity * n)
    index = torch.arange(n, dtype=torch.float64, device=flat.device)
    # |w| first, then index: sort by index, then stable sort by |w|.
    order = torch.argsort(index)
    order = order[torch.sort(flat[order], stable=True).indices]
    mask = torch.ones(n, dtype=weight.dtype, device=weight.device)
    mask[order[:k]] = 0
    return mask.reshape(weight.shape)
