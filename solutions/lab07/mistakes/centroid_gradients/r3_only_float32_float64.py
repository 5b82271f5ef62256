# mistake: accepts only float32 and float64 gradients: a float16 gradient, which is floating-point, raises TypeError
# expect: float16
def centroid_gradients(grad: torch.Tensor, assignments: torch.Tensor, k: int) -> torch.Tensor:
    from utils.validation import validate_int, validate_type

    validate_type("grad", grad, torch.Tensor)
    if grad.dtype not in (torch.float32, torch.float64):
        raise TypeError("grad must be a float32 or float64 tensor")
    validate_type("assignments", assignments, torch.Tensor)
    if assignments.dtype != torch.int64:
        raise TypeError("assignments must be an int64 tensor")
    if assignments.shape != grad.shape:
        raise ValueError("assignments must have the shape of grad")
    k = validate_int("k", k, minimum=1)
    if ((assignments < -1) | (assignments >= k)).any():
        raise ValueError("assignments must lie in -1..k-1")
    keep = assignments >= 0
    return torch.zeros(k, dtype=grad.dtype).index_add_(0, assignments[keep], grad.detach()[keep])
