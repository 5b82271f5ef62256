# alternative: torch.unique with counts per example, the last (largest) label among the most frequent
def modal_labels(predictions):
    if not isinstance(predictions, torch.Tensor):
        raise TypeError("predictions must be a tensor")
    if predictions.dtype == torch.bool or torch.is_floating_point(predictions) or torch.is_complex(predictions):
        raise TypeError("predictions must be integer")
    if predictions.ndim != 2:
        raise ValueError("predictions must be 2-D")
    if predictions.shape[0] == 0:
        raise ValueError("no model")
    if predictions.numel() and int(predictions.min()) < 0:
        raise ValueError("negative label")
    out = torch.empty(predictions.shape[1], dtype=torch.int64)
    for j in range(predictions.shape[1]):
        values, counts = torch.unique(predictions[:, j], return_counts=True)
        out[j] = int(values[counts == counts.max()][-1])
    return out
