# alternative: course validators and scatter_add on the shifted indices
def centroid_gradients(grad, assignments, k):
    from utils.validation import validate_int, validate_type

    validate_type("grad", grad, torch.Tensor)
    if not grad.is_floating_point():
        raise TypeError("grad must be a floating-point tensor")
    validate_type("assignments", assignments, torch.Tensor)
    if assignments.dtype != torch.int64:
        raise TypeError("assignments must be int64")
    if assignments.shape != grad.shape:
        raise ValueError("shape mismatch")
    k = validate_int("k", k, 1)
    if ((assignments < -1) | (assignments >= k)).any():
        raise ValueError("assignments outside -1..k-1")
    # slot 0 collects the pruned weights and is dropped
    out = torch.zeros(k + 1, dtype=grad.dtype).scatter_add_(0, assignments.reshape(-1) + 1, grad.detach().reshape(-1))
    return out[1:].clone()
