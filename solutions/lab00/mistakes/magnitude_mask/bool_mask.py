# mistake: returns a boolean keep-mask (True/False) instead of a 0.0/1.0 mask with the weight's dtype
# wrong on: magnitude_mask(torch.randn(6), 0.5): the mask has dtype torch.bool instead of torch.float32
# expect: but should have dtype torch.float
def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    k = round(sparsity * weight.numel())
    order = torch.argsort(weight.detach().abs().flatten(), stable=True)
    keep = torch.ones(weight.numel(), dtype=torch.bool, device=weight.device)
    keep[order[:k]] = False
    return keep.reshape(weight.shape)
