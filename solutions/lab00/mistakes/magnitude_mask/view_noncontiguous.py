# mistake: flattens with .view(-1), which fails on non-contiguous tensors (e.g. a transposed weight)
# wrong on: magnitude_mask(torch.arange(12.).reshape(3, 4).t(), 0.5): raises RuntimeError, the docstring accepts a tensor of any shape and demands the mask [[0,0,1],[0,0,1],[0,1,1],[0,1,1]]
# expect: not view
def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0 <= sparsity <= 1:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    k = round(sparsity * weight.numel())
    order = torch.argsort(weight.detach().view(-1).abs(), stable=True)
    mask = torch.ones(weight.numel(), dtype=weight.dtype, device=weight.device)
    mask[order[:k]] = 0.0
    return mask.view(weight.shape)
