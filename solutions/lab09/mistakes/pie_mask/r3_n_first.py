# mistake: compares the numbers of examples before checking compressed_predictions on its own
# expect: TypeError
def pie_mask(dense_predictions: torch.Tensor, compressed_predictions: torch.Tensor) -> torch.Tensor:
    def mode(name, predictions):
        validate_type(name, predictions, torch.Tensor)
        if predictions.dtype == torch.bool or predictions.is_floating_point() or predictions.is_complex():
            raise TypeError(f"{name} must be an integer tensor, got {predictions.dtype}")
        if predictions.dim() != 2:
            raise ValueError(f"{name} must be 2-D")
        if predictions.shape[0] == 0:
            raise ValueError(f"{name} needs at least one model")
        if (predictions < 0).any():
            raise ValueError(f"{name}: labels must be >= 0")
        n = predictions.shape[1]
        if n == 0:
            return torch.zeros(0, dtype=torch.int64)
        labels = predictions.long()
        classes = int(labels.max()) + 1
        counts = torch.zeros(classes, n, dtype=torch.int64).scatter_add_(0, labels, torch.ones_like(labels))
        return classes - 1 - counts.flip(0).argmax(dim=0)

    if (
        isinstance(dense_predictions, torch.Tensor)
        and isinstance(compressed_predictions, torch.Tensor)
        and dense_predictions.shape[-1] != compressed_predictions.shape[-1]
    ):
        raise ValueError("the two populations have different numbers of examples")
    dense_mode = mode("dense_predictions", dense_predictions)
    compressed_mode = mode("compressed_predictions", compressed_predictions)
    if dense_mode.shape != compressed_mode.shape:
        raise ValueError("the two populations have different numbers of examples")
    return dense_mode != compressed_mode
