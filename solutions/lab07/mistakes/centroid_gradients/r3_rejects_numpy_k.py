# mistake: isinstance(k, int) rejects a numpy integer k, which the Conventions accept as a number
# expect: numpy int64 k
def centroid_gradients(grad: torch.Tensor, assignments: torch.Tensor, k: int) -> torch.Tensor:
    if not isinstance(grad, torch.Tensor) or not grad.is_floating_point():
        raise TypeError("grad must be a floating-point tensor")
    if not isinstance(assignments, torch.Tensor) or assignments.dtype != torch.int64:
        raise TypeError("assignments must be an int64 tensor")
    if assignments.shape != grad.shape:
        raise ValueError("assignments must have grad's shape")
    if isinstance(k, bool) or not isinstance(k, int):
        raise TypeError("k must be an int")
    if k < 1:
        raise ValueError("k must be >= 1")
    if assignments.numel() and (bool((assignments < -1).any()) or bool((assignments >= k).any())):
        raise ValueError("assignments must lie in -1..k-1")
    with torch.no_grad():
        sums = [grad[assignments == c].sum() for c in range(k)]
        return torch.stack(sums).to(grad.dtype)
