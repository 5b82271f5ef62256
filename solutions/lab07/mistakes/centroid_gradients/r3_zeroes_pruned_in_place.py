# mistake: zeroes the pruned gradients through a detached view, which shares grad's storage: grad is modified
# expect: unchanged
def centroid_gradients(grad: torch.Tensor, assignments: torch.Tensor, k: int) -> torch.Tensor:
    from utils.validation import validate_int, validate_type

    validate_type("grad", grad, torch.Tensor)
    if not grad.is_floating_point():
        raise TypeError("grad must be a floating-point tensor")
    validate_type("assignments", assignments, torch.Tensor)
    if assignments.dtype != torch.int64:
        raise TypeError("assignments must be an int64 tensor")
    if assignments.shape != grad.shape:
        raise ValueError("assignments must have the shape of grad")
    k = validate_int("k", k, minimum=1)
    if ((assignments < -1) | (assignments >= k)).any():
        raise ValueError("assignments must lie in -1..k-1")
    g = grad.detach().reshape(-1)
    a = assignments.reshape(-1)
    g[a < 0] = 0.0
    return torch.zeros(k, dtype=grad.dtype).index_add_(0, a.clamp(min=0), g)
