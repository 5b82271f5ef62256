# mistake: negative labels shifted instead of rejected
# expect: ValueError
def modal_labels(predictions):

    validate_type("predictions", predictions, torch.Tensor)
    if predictions.dtype == torch.bool or predictions.is_floating_point() or predictions.is_complex():
        raise TypeError("predictions must be an integer tensor")
    if predictions.dim() != 2:
        raise ValueError("predictions must be 2-D")
    if predictions.shape[0] == 0:
        raise ValueError("no model")

    m, n = predictions.shape
    if n == 0:
        return torch.zeros(0, dtype=torch.int64)
    low = int(predictions.min())
    p = predictions.long() - low
    c = int(p.max()) + 1
    counts = torch.zeros(c, n, dtype=torch.int64).scatter_add_(0, p, torch.ones_like(p))
    return c - 1 - counts.flip(0).argmax(0) + low
