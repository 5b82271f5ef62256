# alternative: plain Python: sorted over (|w|, index) pairs
def magnitude_mask(weight, sparsity):
    from utils.validation import validate_fraction, validate_type

    validate_type("weight", weight, torch.Tensor)
    sparsity = validate_fraction("sparsity", sparsity)
    values = weight.detach().reshape(-1).tolist()
    k = round(sparsity * len(values))
    ranked = sorted(range(len(values)), key=lambda i: (abs(values[i]), i))
    flags = [1.0] * len(values)
    for i in ranked[:k]:
        flags[i] = 0.0
    return torch.tensor(flags, dtype=weight.dtype, device=weight.device).reshape(weight.shape)
