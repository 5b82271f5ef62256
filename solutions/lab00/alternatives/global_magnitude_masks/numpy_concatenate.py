# alternative: NumPy: concatenate the flattened |w| (in float64) in dict order, stable np.argsort, np.split back into per-tensor masks
import numpy as np


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
    flat = [w.detach().abs().to(device="cpu", dtype=torch.float64).numpy().reshape(-1) for w in weights.values()]
    scores = np.concatenate(flat)
    k = round(sparsity * scores.size)
    keep = np.ones(scores.size, dtype=bool)
    keep[np.argsort(scores, kind="stable")[:k]] = False
    pieces = np.split(keep, np.cumsum([f.size for f in flat])[:-1])
    return {
        name: torch.from_numpy(piece.reshape(tuple(w.shape))).to(device=w.device, dtype=w.dtype)
        for (name, w), piece in zip(weights.items(), pieces, strict=False)
    }
