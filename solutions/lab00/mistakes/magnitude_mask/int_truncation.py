# mistake: uses int() (truncation) instead of round() to compute k
# wrong on: magnitude_mask(torch.arange(1., 11.), 0.37): prunes int(3.7) = 3 entries instead of round(3.7) = 4
# expect: int() (which truncates)
def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    k = int(sparsity * weight.numel())
    order = torch.argsort(weight.detach().abs().flatten(), stable=True)
    mask = torch.ones(weight.numel(), dtype=weight.dtype, device=weight.device)
    mask[order[:k]] = 0
    return mask.reshape(weight.shape)
