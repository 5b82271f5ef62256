# mistake: uses math.ceil() instead of round() to compute k ("prune at least the requested fraction")
# wrong on: magnitude_mask(torch.arange(1., 11.), 0.21): prunes ceil(2.1) = 3 entries instead of round(2.1) = 2
# expect: Python rounds halves to even
import math


def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    k = math.ceil(sparsity * weight.numel())
    order = torch.argsort(weight.detach().abs().flatten(), stable=True)
    mask = torch.ones(weight.numel(), dtype=weight.dtype, device=weight.device)
    mask[order[:k]] = 0
    return mask.reshape(weight.shape)
