# alternative: collections.Counter per column, max over (count, label)
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

    from collections import Counter

    cols = predictions.t().tolist()
    out = [max(Counter(col).items(), key=lambda kv: (kv[1], kv[0]))[0] for col in cols]
    return torch.tensor(out, dtype=torch.int64, device=predictions.device).reshape(len(cols))
