# alternative: plain Python: sorted() of the flat indices by the key (|w|, index), then a mask built from a list
def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    from utils.validation import validate_fraction, validate_type

    validate_type("weight", weight, torch.Tensor)
    sparsity = validate_fraction("sparsity", sparsity)
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    values = [abs(v) for v in weight.detach().flatten().tolist()]
    k = round(sparsity * len(values))
    pruned = set(sorted(range(len(values)), key=lambda i: (values[i], i))[:k])
    flags = [0.0 if i in pruned else 1.0 for i in range(len(values))]
    return torch.tensor(flags, dtype=weight.dtype, device=weight.device).reshape(weight.shape)
