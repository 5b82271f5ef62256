# mistake: no examples: max() of an empty tensor raises
# expect: no examples
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
    p = predictions.long()
    c = int(p.max()) + 1
    counts = torch.zeros(c, n, dtype=torch.int64, device=p.device).scatter_add_(0, p, torch.ones_like(p))
    best = counts.max(0).values
    labels = torch.arange(c, device=p.device).unsqueeze(1).expand(c, n)
    return torch.where(counts == best, labels, torch.full_like(labels, -1)).max(0).values
