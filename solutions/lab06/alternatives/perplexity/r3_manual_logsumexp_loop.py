# alternative: a Python loop over sequences and positions with a manual max-shifted logsumexp in float64
def perplexity(logits: torch.Tensor, labels: torch.Tensor) -> float:
    validate_type("logits", logits, torch.Tensor)
    if not logits.dtype.is_floating_point:
        raise TypeError("logits must be floating-point")
    if logits.dim() != 3:
        raise ValueError("logits must be 3-D")
    validate_type("labels", labels, torch.Tensor)
    if labels.dtype != torch.int64:
        raise TypeError("labels must be int64")
    batch, seq, vocab = logits.shape
    if tuple(labels.shape) != (batch, seq):
        raise ValueError("labels must have shape logits.shape[:2]")
    ids = labels.tolist()
    for row in ids:
        for label in row:
            if label != -100 and not 0 <= label < vocab:
                raise ValueError(f"bad label {label}")
    total, count = 0.0, 0
    values = logits.detach().double()
    for b in range(batch):
        for t in range(seq - 1):
            target = ids[b][t + 1]
            if target == -100:
                continue
            row = values[b, t]
            top = row.max()
            lse = top + torch.log(torch.exp(row - top).sum())
            total += float(lse - row[target])
            count += 1
    if count == 0:
        raise ValueError("no label is counted")
    return math.exp(total / count)
