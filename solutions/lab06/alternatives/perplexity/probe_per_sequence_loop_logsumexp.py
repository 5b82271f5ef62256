# alternative: loop over sequences and positions, logsumexp in float64, one mean at the end
def perplexity(logits, labels):
    validate_type("logits", logits, torch.Tensor)
    if not logits.is_floating_point():
        raise TypeError("logits must be floating")
    if logits.dim() != 3:
        raise ValueError("logits must be 3-D")
    validate_type("labels", labels, torch.Tensor)
    if labels.dtype != torch.int64:
        raise TypeError("labels must be int64")
    if tuple(labels.shape) != tuple(logits.shape[:2]):
        raise ValueError("labels shape")
    vocab = logits.shape[2]
    for v in labels.flatten().tolist():
        if v != -100 and not 0 <= v < vocab:
            raise ValueError("label out of range")
    x = logits.detach().double()
    total, count = 0.0, 0
    for b in range(x.shape[0]):
        for t in range(x.shape[1] - 1):
            y = int(labels[b, t + 1])
            if y == -100:
                continue
            total += float(torch.logsumexp(x[b, t], dim=0) - x[b, t, y])
            count += 1
    if count == 0:
        raise ValueError("no label counted")
    return math.exp(total / count)
