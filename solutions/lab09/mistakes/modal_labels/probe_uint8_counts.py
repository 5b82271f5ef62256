# mistake: counts kept in the predictions' dtype
# expect: uint8
def modal_labels(predictions):

    validate_type("predictions", predictions, torch.Tensor)
    if predictions.dtype == torch.bool or predictions.is_floating_point() or predictions.is_complex():
        raise TypeError("predictions must be an integer tensor")
    if predictions.dim() != 2:
        raise ValueError("predictions must be 2-D")
    if predictions.shape[0] == 0:
        raise ValueError("no model")
    if bool((predictions < 0).any()):
        raise ValueError("negative label")

    m, n = predictions.shape
    if n == 0:
        return torch.zeros(0, dtype=torch.int64)
    c = int(predictions.max()) + 1
    labels = torch.arange(c, dtype=predictions.dtype).view(c, 1, 1)
    counts = (predictions.unsqueeze(0) == labels).to(predictions.dtype).sum(1, dtype=predictions.dtype)
    return (c - 1 - counts.flip(0).argmax(0)).long()
