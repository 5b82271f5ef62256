# mistake: sorts |w| in descending order and so prunes the largest weights instead of the smallest
# wrong on: magnitude_mask(torch.tensor([[0.5, -2.0, 0.1], [3.0, -0.2, 1.0]]), 0.5): prunes 3.0, -2.0 and 1.0 instead of 0.1, -0.2 and 0.5
# expect: prune the largest |w|
def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    k = round(sparsity * weight.numel())
    order = torch.argsort(weight.detach().abs().flatten(), descending=True, stable=True)
    mask = torch.ones(weight.numel(), dtype=weight.dtype, device=weight.device)
    mask[order[:k]] = 0
    return mask.reshape(weight.shape)
