# mistake: ranks entries by w instead of |w| (forgot abs), so the most negative weights are pruned first
# wrong on: magnitude_mask(torch.tensor([[0.5, -2.0, 0.1], [3.0, -0.2, 1.0]]), 0.5): prunes -2.0, -0.2 and 0.1 instead of 0.1, -0.2 and 0.5
# expect: forgot abs
def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    k = round(sparsity * weight.numel())
    order = torch.argsort(weight.detach().flatten(), stable=True)
    mask = torch.ones(weight.numel(), dtype=weight.dtype, device=weight.device)
    mask[order[:k]] = 0
    return mask.reshape(weight.shape)
