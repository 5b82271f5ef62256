# alternative: F.cross_entropy with reduction='sum' and ignore_index, divided by the count, in float64
def perplexity(logits, labels):
    if not isinstance(logits, torch.Tensor):
        raise TypeError("logits must be a tensor")
    if not logits.dtype.is_floating_point:
        raise TypeError("logits must be floating")
    if logits.ndim != 3:
        raise ValueError("logits must be 3-D")
    if not isinstance(labels, torch.Tensor):
        raise TypeError("labels must be a tensor")
    if labels.dtype != torch.long:
        raise TypeError("labels must be int64")
    if labels.shape != logits.shape[:2]:
        raise ValueError("labels shape")
    vocab = logits.shape[-1]
    bad = (labels != -100) & ((labels < 0) | (labels >= vocab))
    if bad.any():
        raise ValueError("bad label")
    target = labels[:, 1:]
    count = int((target != -100).sum())
    if count == 0:
        raise ValueError("no label counted")
    import torch.nn.functional as F

    pred = logits.detach()[:, :-1].to(torch.float64)
    total = F.cross_entropy(pred.reshape(-1, vocab), target.reshape(-1), ignore_index=-100, reduction="sum")
    return float(math.exp(total.item() / count))
