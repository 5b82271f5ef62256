# alternative: NumPy: a stable np.argsort of |w| (in float64, which orders float16/32/64 values exactly) on the CPU, then back to the weight's dtype and device
import numpy as np


def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    from utils.validation import validate_fraction, validate_type

    validate_type("weight", weight, torch.Tensor)
    sparsity = validate_fraction("sparsity", sparsity)
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    scores = weight.detach().abs().to(device="cpu", dtype=torch.float64).numpy().reshape(-1)
    k = round(sparsity * scores.size)
    keep = np.ones(scores.size, dtype=bool)
    keep[np.argsort(scores, kind="stable")[:k]] = False
    return torch.from_numpy(keep.reshape(tuple(weight.shape))).to(device=weight.device, dtype=weight.dtype)
