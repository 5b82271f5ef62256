# alternative: NumPy bincount per column, argmax of the reversed counts
def modal_labels(predictions):
    validate_type("predictions", predictions, torch.Tensor)
    if predictions.dtype == torch.bool or predictions.dtype.is_floating_point or predictions.dtype.is_complex:
        raise TypeError("predictions must have an integer dtype")
    if predictions.dim() != 2:
        raise ValueError("predictions must be 2-D")
    if predictions.size(0) < 1:
        raise ValueError("predictions needs M >= 1")
    if bool((predictions < 0).any()):
        raise ValueError("labels must be >= 0")
    p = predictions.numpy().astype(np.int64)
    result = []
    for column in p.T:
        counts = np.bincount(column)
        result.append(len(counts) - 1 - int(np.argmax(counts[::-1])))
    return torch.tensor(result, dtype=torch.int64)
