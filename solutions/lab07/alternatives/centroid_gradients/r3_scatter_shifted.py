# alternative: shift indices by one so that pruned weights land in a dump slot 0, scatter_add, then drop slot 0
def centroid_gradients(grad: torch.Tensor, assignments: torch.Tensor, k: int) -> torch.Tensor:
    from utils.validation import validate_int, validate_shape, validate_type

    validate_type("grad", grad, torch.Tensor)
    if grad.dtype not in (torch.float16, torch.bfloat16, torch.float32, torch.float64):
        raise TypeError("grad must be a floating-point tensor")
    validate_shape("assignments", assignments, grad.shape)
    if assignments.dtype != torch.long:
        raise TypeError("assignments must be an int64 tensor")
    k = validate_int("k", k, 1)
    flat = assignments.reshape(-1) + 1
    if flat.numel() > 0 and not (0 <= int(flat.min()) and int(flat.max()) <= k):
        raise ValueError("assignments must be in -1..k-1")
    sums = torch.zeros(k + 1, dtype=grad.dtype, device=grad.device)
    sums.scatter_add_(0, flat, grad.detach().reshape(-1))
    return sums[1:].clone()
