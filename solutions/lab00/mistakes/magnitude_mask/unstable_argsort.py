# mistake: sorts with torch.argsort without stable=True, so ties are not broken by the lower flat index (torch's default sort is not stable on large tensors)
# wrong on: magnitude_mask(torch.randint(0, 3, (1000,), generator=torch.Generator().manual_seed(0)).float(), 0.5): among the entries tied at |w| = 1 it does not prune the lowest indices first
# expect: stable=True
def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    k = round(sparsity * weight.numel())
    order = torch.argsort(weight.detach().abs().flatten())
    mask = torch.ones(weight.numel(), dtype=weight.dtype, device=weight.device)
    mask[order[:k]] = 0
    return mask.reshape(weight.shape)
