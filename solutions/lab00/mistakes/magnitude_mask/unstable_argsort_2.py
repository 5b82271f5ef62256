# mistake: torch.argsort without stable=True, so ties are not broken by flat index on larger tensors
# wrong on: w = torch.randint(0, 5, (100,), generator=torch.Generator().manual_seed(0)).float(); magnitude_mask(w, 0.5) prunes a different set of tied entries than "lower flat index first"
# expect: magnitude_mask
def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    k = round(sparsity * weight.numel())
    order = torch.argsort(weight.detach().abs().flatten())
    mask = torch.ones(weight.numel(), dtype=weight.dtype, device=weight.device)
    mask[order[:k]] = 0.0
    return mask.reshape(weight.shape)
