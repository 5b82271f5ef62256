# alternative: numpy, np.add.at on the flattened arrays in grad's own dtype; validation via utils.validation
def centroid_gradients(grad: torch.Tensor, assignments: torch.Tensor, k: int) -> torch.Tensor:
    from utils.validation import validate_int, validate_type

    validate_type("grad", grad, torch.Tensor)
    if not torch.is_floating_point(grad):
        raise TypeError("grad must be a floating-point tensor")
    validate_type("assignments", assignments, torch.Tensor)
    if assignments.dtype is not torch.int64:
        raise TypeError("assignments must be int64")
    if tuple(assignments.shape) != tuple(grad.shape):
        raise ValueError("shape mismatch")
    k = validate_int("k", k, minimum=1)
    a = assignments.detach().cpu().numpy().reshape(-1)
    if a.size and (a.min() < -1 or a.max() >= k):
        raise ValueError("assignment out of range")
    g = grad.detach().cpu().numpy().reshape(-1)
    out = np.zeros(k, dtype=g.dtype)
    keep = a >= 0
    np.add.at(out, a[keep], g[keep])
    return torch.from_numpy(out).to(grad.device)
