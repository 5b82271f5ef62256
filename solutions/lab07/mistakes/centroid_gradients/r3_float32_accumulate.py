# mistake: accumulates in float32 (torch.zeros(k) default dtype) and casts back: float64 loses precision
# expect: float64
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
    keep = assignments >= 0
    out = torch.zeros(k)
    out.index_add_(0, assignments[keep], grad.detach()[keep].float())
    return out.to(grad.dtype)
