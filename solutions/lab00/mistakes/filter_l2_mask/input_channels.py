# mistake: prunes slices along dim 1 (input channels / columns) instead of the output filters along dim 0
# wrong on: filter_l2_mask(torch.tensor([[3.0, 4.0], [1.0, 0.0], [0.0, -2.0], [-6.0, 0.0]]), 0.5): zeroes column 1 instead of rows 1 and 2
# expect: Rows are filters
def filter_l2_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    channels = weight.detach().transpose(0, 1)
    norms = channels.flatten(start_dim=1).norm(p=2, dim=1)
    k = round(sparsity * channels.shape[0])
    order = torch.argsort(norms, stable=True)
    keep = torch.ones(channels.shape[0], dtype=weight.dtype, device=weight.device)
    keep[order[:k]] = 0
    shape = [1] * weight.dim()
    shape[1] = -1
    return keep.reshape(shape).expand(weight.shape).clone()
