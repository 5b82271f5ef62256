# mistake: breaks ties by adding label * 1e-3 to the counts: a label above 1000 outvotes a real majority
# expect: expected
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
    labels = predictions.long()
    classes = int(labels.max()) + 1
    counts = torch.zeros(classes, n, dtype=torch.int64)
    counts.scatter_add_(0, labels, torch.ones_like(labels))
    bonus = torch.arange(classes, dtype=torch.float64).unsqueeze(1) * 1e-3
    return (counts.double() + bonus).argmax(dim=0)
