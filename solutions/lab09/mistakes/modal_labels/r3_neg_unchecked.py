# mistake: negative labels are not rejected (shifted by the minimum instead)
# expect: ValueError
def modal_labels(predictions: torch.Tensor) -> torch.Tensor:
    validate_type("predictions", predictions, torch.Tensor)
    if predictions.dtype == torch.bool or predictions.is_floating_point() or predictions.is_complex():
        raise TypeError(f"predictions must be an integer tensor, got {predictions.dtype}")
    if predictions.dim() != 2:
        raise ValueError("predictions must be 2-D (M, N)")
    m, n = predictions.shape
    if m == 0:
        raise ValueError("predictions needs at least one model")
    if n == 0:
        return torch.zeros(0, dtype=torch.int64)
    low = min(int(predictions.min()), 0)
    labels = predictions.long() - low
    classes = int(labels.max()) + 1
    counts = torch.zeros(classes, n, dtype=torch.int64)
    counts.scatter_add_(0, labels, torch.ones_like(labels))
    return classes - 1 - counts.flip(0).argmax(dim=0)
