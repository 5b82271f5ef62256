# mistake: flattens with .view(-1), which fails on a non-contiguous gradient (a transposed weight's)
# expect: contiguous
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
    g = grad.detach().view(-1)
    a = assignments.view(-1)
    keep = a >= 0
    return torch.zeros(k, dtype=grad.dtype).index_add_(0, a[keep], g[keep])
