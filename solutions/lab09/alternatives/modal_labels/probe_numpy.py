# alternative: numpy: flip the count table and argmax, label = C-1-index
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

    a = predictions.cpu().numpy().astype(np.int64)
    m, n = a.shape
    if n == 0:
        return torch.zeros(0, dtype=torch.int64)
    c = int(a.max()) + 1
    counts = np.zeros((c, n), dtype=np.int64)
    for row in a:
        counts[row, np.arange(n)] += 1
    return torch.from_numpy(c - 1 - np.argmax(counts[::-1], axis=0)).to(torch.int64)
