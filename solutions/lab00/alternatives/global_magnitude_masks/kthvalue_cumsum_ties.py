# alternative: one global torch.kthvalue threshold (on the CPU in float64, so tensors on any devices and dtypes join); entries below it are pruned, then tied entries by cumsum in concatenation order until k
def global_magnitude_masks(weights: dict[str, torch.Tensor], sparsity: float) -> dict[str, torch.Tensor]:
    from utils.validation import validate_fraction, validate_type

    validate_type("weights", weights, dict)
    for _name, _w in weights.items():
        validate_type(f"weights[{_name!r}]", _w, torch.Tensor)
    if not weights:
        raise ValueError("weights must hold at least one tensor")
    sparsity = validate_fraction("sparsity", sparsity)
    if not weights:
        raise ValueError("weights must hold at least one tensor")
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    scores = torch.cat([w.detach().abs().flatten().to("cpu", torch.float64) for w in weights.values()])
    k = round(sparsity * scores.numel())
    pruned = torch.zeros(scores.numel(), dtype=torch.bool)
    if k > 0:
        threshold = torch.kthvalue(scores, k).values
        tied = scores == threshold
        room = k - int((scores < threshold).sum())
        pruned = (scores < threshold) | (tied & (tied.long().cumsum(0) <= room))
    masks, offset = {}, 0
    for name, w in weights.items():
        piece = pruned[offset : offset + w.numel()]
        masks[name] = torch.where(piece, 0.0, 1.0).reshape(w.shape).to(w.device, w.dtype)
        offset += w.numel()
    return masks
