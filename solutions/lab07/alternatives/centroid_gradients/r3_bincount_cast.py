# alternative: torch.bincount with weights over the kept entries, cast back to grad's dtype (bincount of nothing is int64)
def centroid_gradients(grad: torch.Tensor, assignments: torch.Tensor, k: int) -> torch.Tensor:
    if not (isinstance(grad, torch.Tensor) and grad.dtype.is_floating_point):
        raise TypeError("grad must be a floating-point tensor")
    if not (isinstance(assignments, torch.Tensor) and assignments.dtype == torch.int64):
        raise TypeError("assignments must be an int64 tensor")
    if assignments.size() != grad.size():
        raise ValueError("assignments must have the shape of grad")
    if type(k) is bool or not isinstance(k, (int, np.integer)):
        raise TypeError("k must be an int")
    if k < 1:
        raise ValueError("k must be at least 1")
    if ((assignments < -1) | (assignments >= k)).any():
        raise ValueError("bad assignment")
    keep = assignments >= 0
    counts = torch.bincount(assignments[keep], weights=grad.detach()[keep], minlength=k)
    return counts.to(grad.dtype)
