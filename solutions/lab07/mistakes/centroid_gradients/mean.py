# mistake: averages each cluster's gradients instead of summing them (the chain rule adds them)
# expect: average of the cluster's gradients
def centroid_gradients(grad, assignments, k):
    import numbers

    if not isinstance(grad, torch.Tensor) or not grad.is_floating_point():
        raise TypeError("grad must be a floating-point tensor")
    if not isinstance(assignments, torch.Tensor) or assignments.dtype != torch.int64:
        raise TypeError("assignments must be an int64 tensor")
    if assignments.shape != grad.shape:
        raise ValueError("assignments and grad differ in shape")
    if isinstance(k, bool) or not isinstance(k, numbers.Integral):
        raise TypeError("k must be an int")
    if k < 1:
        raise ValueError("k must be at least 1")
    k = int(k)
    if assignments.numel() and (assignments.min() < -1 or assignments.max() >= k):
        raise ValueError("assignments outside -1..k-1")
    kept = assignments != -1
    sums = torch.zeros(k, dtype=grad.dtype).index_add_(0, assignments[kept], grad.detach()[kept])
    counts = torch.bincount(assignments[kept], minlength=k).clamp(min=1)
    return sums / counts
