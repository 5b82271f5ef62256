# mistake: with one model returns predictions[0] itself (a view of the input, not a new tensor)
# expect: new
def modal_labels(predictions: torch.Tensor) -> torch.Tensor:
    validate_type("predictions", predictions, torch.Tensor)
    if predictions.dtype == torch.bool or predictions.is_floating_point() or predictions.is_complex():
        raise TypeError(f"predictions must be an integer tensor, got {predictions.dtype}")
    if predictions.dim() != 2:
        raise ValueError("predictions must be 2-D (M, N)")
    m, n = predictions.shape
    if m == 0:
        raise ValueError("predictions needs at least one model")
    if (predictions < 0).any():
        raise ValueError("labels must be >= 0")
    if n == 0:
        return torch.zeros(0, dtype=torch.int64)
    if m == 1 and predictions.dtype == torch.int64:
        return predictions[0]
    labels = predictions.long()
    classes = int(labels.max()) + 1
    counts = torch.zeros(classes, n, dtype=torch.int64)
    counts.scatter_add_(0, labels, torch.ones_like(labels))
    return classes - 1 - counts.flip(0).argmax(dim=0)
