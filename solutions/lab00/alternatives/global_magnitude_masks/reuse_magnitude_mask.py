# alternative: reuses magnitude_mask on the concatenation of all |w| (moved to the CPU as float64 so that any dtypes and devices join exactly), then torch.split
def global_magnitude_masks(weights: dict[str, torch.Tensor], sparsity: float) -> dict[str, torch.Tensor]:
    from utils.validation import validate_fraction, validate_type

    validate_type("weights", weights, dict)
    for _name, _w in weights.items():
        validate_type(f"weights[{_name!r}]", _w, torch.Tensor)
    if not weights:
        raise ValueError("weights must hold at least one tensor")
    sparsity = validate_fraction("sparsity", sparsity)
    if len(weights) == 0:
        raise ValueError("weights must hold at least one tensor")
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    tensors = list(weights.values())
    everything = torch.cat([w.detach().abs().reshape(-1).to("cpu", torch.float64) for w in tensors])
    flat_mask = magnitude_mask(everything, sparsity)
    pieces = torch.split(flat_mask, [w.numel() for w in tensors])
    return {
        name: piece.reshape(w.shape).to(w.device, w.dtype)
        for (name, w), piece in zip(weights.items(), pieces, strict=False)
    }
