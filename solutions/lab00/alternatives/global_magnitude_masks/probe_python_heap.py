# alternative: plain Python: one list of (|w|, position) for all tensors, sorted
def global_magnitude_masks(weights, sparsity):
    from utils.validation import validate_fraction, validate_type

    validate_type("weights", weights, dict)
    for name, w in weights.items():
        validate_type(f"weights[{name!r}]", w, torch.Tensor)
    if not weights:
        raise ValueError("weights must not be empty")
    sparsity = validate_fraction("sparsity", sparsity)
    entries = []
    for name, w in weights.items():
        for i, v in enumerate(w.detach().reshape(-1).tolist()):
            entries.append((abs(v), len(entries)))
    k = round(sparsity * len(entries))
    pruned = {pos for _, pos in sorted(entries)[:k]}
    out, pos = {}, 0
    for name, w in weights.items():
        n = w.numel()
        flags = [0.0 if pos + i in pruned else 1.0 for i in range(n)]
        out[name] = torch.tensor(flags, dtype=w.dtype, device=w.device).reshape(w.shape)
        pos += n
    return out
