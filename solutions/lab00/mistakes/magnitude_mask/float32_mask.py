# mistake: builds the mask with torch.ones(n), whose default dtype is float32, so a float64 weight gets a float32 mask
# wrong on: magnitude_mask(torch.randn(6, dtype=torch.float64), 0.5): the mask is float32 instead of float64
# expect: should have dtype torch.float64
def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    k = round(sparsity * weight.numel())
    order = torch.argsort(weight.detach().abs().flatten(), stable=True)
    mask = torch.ones(weight.numel(), device=weight.device)
    mask[order[:k]] = 0
    return mask.reshape(weight.shape)
