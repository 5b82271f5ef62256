# mistake: accepts any integer dtype for assignments (int32 too): the docstring requires int64
# expect: TypeError
def centroid_gradients(grad: torch.Tensor, assignments: torch.Tensor, k: int) -> torch.Tensor:
    from utils.validation import validate_int, validate_type

    validate_type("grad", grad, torch.Tensor)
    if not grad.is_floating_point():
        raise TypeError("grad must be a floating-point tensor")
    validate_type("assignments", assignments, torch.Tensor)
    if assignments.dtype.is_floating_point or assignments.dtype == torch.bool:
        raise TypeError("assignments must be an int64 tensor")
    if assignments.shape != grad.shape:
        raise ValueError("assignments must have the shape of grad")
    k = validate_int("k", k, minimum=1)
    if ((assignments < -1) | (assignments >= k)).any():
        raise ValueError("assignments must lie in -1..k-1")
    keep = assignments >= 0
    return torch.zeros(k, dtype=grad.dtype).index_add_(0, assignments[keep].long(), grad.detach()[keep])
