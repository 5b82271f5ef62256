# alternative: one-hot counts via comparisons, argmax of count * C + label
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
        return torch.empty(0, dtype=torch.long, device=predictions.device)
    p = predictions.long()
    c = int(p.max()) + 1
    labels = torch.arange(c, device=p.device)
    counts = (p.unsqueeze(0) == labels.view(c, 1, 1)).sum(1)
    return (counts * c + labels.view(c, 1)).argmax(0) % c
