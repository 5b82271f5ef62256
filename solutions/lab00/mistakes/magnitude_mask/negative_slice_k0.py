# mistake: sorts |w| in descending order and prunes order[-k:]; with k = 0 the slice [-0:] is the whole tensor, so sparsity 0 prunes everything
# wrong on: magnitude_mask(torch.tensor([1., 2., 3.]), 0.0): returns all zeros instead of all ones
# expect: prune exactly k
def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    k = round(sparsity * weight.numel())
    order = torch.argsort(weight.detach().abs().flatten(), descending=True, stable=True)
    mask = torch.ones(weight.numel(), dtype=weight.dtype, device=weight.device)
    mask[order[-k:]] = 0
    return mask.reshape(weight.shape)
