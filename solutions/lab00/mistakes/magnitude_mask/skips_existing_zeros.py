# mistake: treats entries that are already 0 as pruned and prunes k more among the nonzero ones (zeros must be ranked like any small |w|)
# wrong on: magnitude_mask(torch.tensor([0., 1., 2., 3.]), 0.5): prunes 0., 1. and 2. (three entries) instead of k = 2 entries (0. and 1.)
# expect: zeros and tiny values are ranked like any other
def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    flat = weight.detach().flatten()
    k = round(sparsity * flat.numel())
    alive = (flat != 0).nonzero().squeeze(1)
    order = torch.argsort(flat[alive].abs(), stable=True)
    mask = (flat != 0).to(weight.dtype)
    mask[alive[order[:k]]] = 0
    return mask.reshape(weight.shape)
