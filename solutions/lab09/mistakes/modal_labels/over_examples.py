# mistake: mode over dim 1
# expect: shape
def modal_labels(predictions: torch.Tensor) -> torch.Tensor:
    validate_type("predictions", predictions, torch.Tensor)
    if predictions.dtype == torch.bool or predictions.dtype.is_floating_point or predictions.dtype.is_complex:
        raise TypeError(f"predictions must be an integer tensor, got {predictions.dtype}")
    if predictions.dim() != 2 or predictions.shape[0] == 0:
        raise ValueError(f"predictions must have shape (models >= 1, examples), got {tuple(predictions.shape)}")
    if predictions.numel() and int(predictions.min()) < 0:
        raise ValueError("labels must be >= 0")
    labels = predictions.long()
    classes = int(labels.max()) + 1 if labels.numel() else 1
    counts = F.one_hot(labels, classes).sum(dim=1)  # (N, classes): votes per label
    # argmax returns the first maximum: on the flipped counts that is the largest tied label.
    return classes - 1 - counts.flip(1).argmax(dim=1)
