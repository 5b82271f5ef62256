# mistake: clamp_ on the assignments (pruned -1 -> 0, after zeroing their gradient in a copy): assignments is modified
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
    g = torch.where(assignments >= 0, grad.detach(), torch.zeros_like(grad))
    a = assignments.reshape(-1).clamp_(min=0)
    return torch.zeros(k, dtype=grad.dtype).index_add_(0, a, g.reshape(-1))
