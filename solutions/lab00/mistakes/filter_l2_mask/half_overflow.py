# mistake: computes the norm as sqrt(sum(w**2)) in the weight's own dtype, which overflows to inf in float16 and turns large filters into ties
# wrong on: filter_l2_mask(torch.tensor([[400., 0.], [300., 0.]], dtype=torch.float16), 0.5): both norms become inf and filter 0 is pruned, the docstring demands pruning filter 1 (norm 300 < 400)
# expect: overflows to inf above 256
def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    m = weight.shape[0]
    k = round(sparsity * m)
    norms = weight.detach().reshape(m, -1).pow(2).sum(dim=1).sqrt()
    order = torch.argsort(norms, stable=True)
    mask = torch.ones_like(weight)
    mask[order[:k]] = 0.0
    return mask
