# mistake: rounds halves up with math.floor(x + 0.5) instead of Python's round() (halves to even)
# wrong on: magnitude_mask(torch.arange(1., 11.), 0.25): k = 2.5 is rounded to 3 instead of 2, so 3 entries are pruned
# expect: round halves up
import math


def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    k = math.floor(sparsity * weight.numel() + 0.5)
    order = torch.argsort(weight.detach().abs().flatten(), stable=True)
    mask = torch.ones(weight.numel(), dtype=weight.dtype, device=weight.device)
    mask[order[:k]] = 0
    return mask.reshape(weight.shape)
