# alternative: numpy float64 concatenation, stable argsort
def global_magnitude_masks(weights, sparsity):
    import numpy as np

    from utils.validation import validate_fraction, validate_type

    validate_type("weights", weights, dict)
    for name, w in weights.items():
        validate_type(f"weights[{name!r}]", w, torch.Tensor)
    if len(weights) == 0:
        raise ValueError("weights must not be empty")
    sparsity = validate_fraction("sparsity", sparsity)
    parts = [np.abs(w.detach().cpu().to(torch.float64).numpy().ravel()) for w in weights.values()]
    scores = np.concatenate(parts)
    k = round(sparsity * scores.size)
    keep = np.ones(scores.size)
    keep[np.argsort(scores, kind="stable")[:k]] = 0.0
    out, start = {}, 0
    for name, w in weights.items():
        piece = keep[start : start + w.numel()].reshape(tuple(w.shape))
        out[name] = torch.tensor(piece, dtype=w.dtype, device=w.device)
        start += w.numel()
    return out
