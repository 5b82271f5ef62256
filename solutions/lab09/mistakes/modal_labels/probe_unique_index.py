# mistake: returns the index into torch.unique instead of the label (labels that skip values)
# expect: skip
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
    uniq, inv = torch.unique(predictions.long(), return_inverse=True)
    c = len(uniq)
    counts = torch.zeros(c, n, dtype=torch.int64).scatter_add_(0, inv, torch.ones_like(inv))
    return c - 1 - counts.flip(0).argmax(0)
