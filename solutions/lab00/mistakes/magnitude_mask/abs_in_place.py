# mistake: calls abs_() on weight.detach(), which shares memory with the weight, so the caller's weight loses its signs
# wrong on: magnitude_mask(w, 0.5) with w = torch.tensor([-1., 2., -3., 4.]): the mask is right but afterwards w is [1., 2., 3., 4.]
# expect: must be unchanged
def magnitude_mask(weight: torch.Tensor, sparsity: float) -> torch.Tensor:
    if not 0.0 <= sparsity <= 1.0:
        raise ValueError(f"sparsity must lie in [0, 1], got {sparsity}")
    k = round(sparsity * weight.numel())
    scores = weight.detach().abs_()
    order = torch.argsort(scores.flatten(), stable=True)
    mask = torch.ones(weight.numel(), dtype=weight.dtype, device=weight.device)
    mask[order[:k]] = 0
    return mask.reshape(weight.shape)
