# mistake: computes k with int(...), which truncates, instead of Python's round
# wrong on: magnitude_mask(torch.tensor([1., 2., 3., 4.]), 0.375): prunes 1 entry (k=int(1.5)=1), the docstring demands k=round(1.5)=2 -> [0,0,1,1]
# expect: magnitude_mask
def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    k = int(sparsity * weight.numel())
    order = torch.argsort(weight.detach().abs().flatten(), stable=True)
    mask = torch.ones(weight.numel(), dtype=weight.dtype, device=weight.device)
    mask[order[:k]] = 0.0
    return mask.reshape(weight.shape)
