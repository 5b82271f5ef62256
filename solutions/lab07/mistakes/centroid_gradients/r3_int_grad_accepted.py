# mistake: accepts any tensor for grad: an integer gradient is not rejected
# expect: TypeError
def centroid_gradients(grad: torch.Tensor, assignments: torch.Tensor, k: int) -> torch.Tensor:
    from utils.validation import validate_int, validate_type

    validate_type("grad", grad, torch.Tensor)

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
