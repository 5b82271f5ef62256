# mistake: ranks magnitudes after casting to float32 (.float()), so distinct float64 magnitudes can collapse into ties
# wrong on: magnitude_mask(torch.tensor([1.0 + 1e-12, 1.0], dtype=torch.float64), 0.5): returns [0,1] (both become 1.0 in float32, lower index pruned), the docstring demands [1,0] since |w[1]| < |w[0]|
# expect: 1 + 1e-12 > 1
def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    k = round(sparsity * weight.numel())
    scores = weight.detach().float().abs().flatten()
    order = torch.argsort(scores, stable=True)
    mask = torch.ones(weight.numel(), dtype=weight.dtype, device=weight.device)
    mask[order[:k]] = 0.0
    return mask.reshape(weight.shape)
