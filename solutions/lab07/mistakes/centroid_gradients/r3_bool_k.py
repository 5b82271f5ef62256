# mistake: isinstance(k, int) lets a bool through (True acts as k = 1)
# expect: TypeError
def centroid_gradients(grad: torch.Tensor, assignments: torch.Tensor, k: int) -> torch.Tensor:
    from utils.validation import validate_type

    validate_type("grad", grad, torch.Tensor)
    if not grad.is_floating_point():
        raise TypeError("grad must be a floating-point tensor")
    validate_type("assignments", assignments, torch.Tensor)
    if assignments.dtype != torch.int64:
        raise TypeError("assignments must be an int64 tensor")
    if assignments.shape != grad.shape:
        raise ValueError("assignments must have the shape of grad")
    if not isinstance(k, int):
        raise TypeError("k must be an int")
    if k < 1:
        raise ValueError("k must be >= 1")
    if ((assignments < -1) | (assignments >= k)).any():
        raise ValueError("assignments must lie in -1..k-1")
    with torch.no_grad():
        return torch.stack([grad[assignments == c].sum() for c in range(k)])
