# mistake: checks isinstance(sparsity, float), so the ints 0 and 1 (valid sparsities) raise ValueError
# wrong on: magnitude_mask(torch.ones(3), 1): raises ValueError instead of returning an all-zero mask
# expect: an int is fine
def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not isinstance(sparsity, float) or not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must be a float in [0, 1], got {sparsity!r}")
    k = round(sparsity * weight.numel())
    order = torch.argsort(weight.detach().abs().flatten(), stable=True)
    mask = torch.ones(weight.numel(), dtype=weight.dtype, device=weight.device)
    mask[order[:k]] = 0
    return mask.reshape(weight.shape)
